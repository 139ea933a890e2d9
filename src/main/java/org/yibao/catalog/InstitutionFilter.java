package org.yibao.catalog;

import org.jspecify.annotations.Nullable;

/**
 * What someone asked for in 定点医药机构查询, as typed: pooling region code, kind ({@code HOSPITAL} / {@code PHARMACY}),
 * level (1-3), a name fragment and the page. Blank means any; {@link Institutions#search} checks the rest.
 */
public record InstitutionFilter(String region, String kind, String level, String name, String page) {

    public InstitutionFilter(@Nullable String region, @Nullable String kind, @Nullable String level,
                             @Nullable String name, @Nullable String page) {
        this.region = SearchInput.orEmpty(region);
        this.kind = SearchInput.orEmpty(kind);
        this.level = SearchInput.orEmpty(level);
        this.name = SearchInput.orEmpty(name);
        this.page = SearchInput.orEmpty(page);
    }
}
