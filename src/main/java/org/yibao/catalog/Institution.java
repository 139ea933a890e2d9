package org.yibao.catalog;

import org.jspecify.annotations.Nullable;

/**
 * 定点医药机构: a designated hospital or pharmacy of a pooling region. {@code level} is the hospital grade (一级 to
 * 三级), null for pharmacies; {@code crossProvinceSettlement} says whether 跨省异地就医直接结算 is open there.
 */
public record Institution(String code, String name, String regionCode, String regionName, InstitutionKind kind,
                          @Nullable Integer level, @Nullable String address, @Nullable String phone,
                          boolean crossProvinceSettlement) {
}
