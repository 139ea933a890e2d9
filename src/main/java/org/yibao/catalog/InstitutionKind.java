package org.yibao.catalog;

/** 定点医疗机构 (a hospital, graded 1 to 3) or 定点零售药店 (a pharmacy, not graded). */
public enum InstitutionKind {
    HOSPITAL, PHARMACY
}
