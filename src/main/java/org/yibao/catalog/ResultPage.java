package org.yibao.catalog;

import java.util.List;

/** One page of a catalog search: the rows, which page (from 1), the page size and how many rows match in all. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
