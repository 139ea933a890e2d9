package org.yibao.catalog;

/**
 * 统筹区 / 医保区划: the region whose fund pays, with the agency (医保经办机构) that serves it.
 */
public record PoolingRegion(String code, String name, String provinceCode, String provinceName,
                            String agencyCode, String agencyName) {
}
