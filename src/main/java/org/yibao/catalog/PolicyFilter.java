package org.yibao.catalog;

import org.jspecify.annotations.Nullable;

/**
 * What someone asked for in 政策咨询, as typed: a keyword (title, body or 文号), a region code (the documents of that
 * region, of its province and national ones) and the page. {@link PolicyArticles#search} checks it.
 */
public record PolicyFilter(String q, String region, String page) {

    public PolicyFilter(@Nullable String q, @Nullable String region, @Nullable String page) {
        this.q = SearchInput.orEmpty(q);
        this.region = SearchInput.orEmpty(region);
        this.page = SearchInput.orEmpty(page);
    }
}
