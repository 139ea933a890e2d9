package org.yibao.catalog;

import org.jspecify.annotations.Nullable;

/**
 * What someone asked for in 药品 / 耗材采购查询, as typed: category ({@code DRUG}, {@code CONSUMABLE}, {@code SERVICE};
 * blank for all), a name or code fragment and the page. {@link MedicalCatalog#search} checks it.
 */
public record ItemFilter(String category, String q, String page) {

    public ItemFilter(@Nullable String category, @Nullable String q, @Nullable String page) {
        this.category = SearchInput.orEmpty(category);
        this.q = SearchInput.orEmpty(q);
        this.page = SearchInput.orEmpty(page);
    }
}
