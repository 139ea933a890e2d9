package org.yibao.catalog;

/** The three parts of the 医保目录: 药品, 医用耗材, 医疗服务项目 (诊疗项目). */
public enum ItemCategory {
    DRUG, CONSUMABLE, SERVICE
}
