package org.yibao.service.office;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.ApplicationQueries.Order.Column;

/**
 * 待审核业务's order as chosen on a column header: {@code sort} one of the columns below, {@code dir} asc or desc;
 * anything else is the default, oldest submission first. Sorting is done by the database over the whole queue,
 * so every page follows the same order.
 */
record QueueSort(String column, boolean descending) {

    static final String PATH = "/staff/applications";
    static final QueueSort DEFAULT = new QueueSort("submitted", false);

    private static final Map<String, Column> COLUMNS = Map.of("number", Column.NUMBER, "type", Column.TYPE,
            "region", Column.REGION, "submitted", Column.SUBMITTED, "status", Column.STATUS);
    private static final Map<String, String> LABELS = Map.of("number", "office.field.number", "type",
            "office.progress.type", "region", "office.field.region", "submitted", "office.field.submitted", "status",
            "office.field.status");

    static QueueSort of(@Nullable String sort, @Nullable String dir) {
        if (sort == null || !COLUMNS.containsKey(sort)) {
            return DEFAULT;
        }
        return new QueueSort(sort, "desc".equals(dir));
    }

    ApplicationQueries.Order order() {
        return new ApplicationQueries.Order(COLUMNS.get(column), descending);
    }

    /** The header's aria-sort: ascending or descending on the sorted column, absent on the others. */
    public @Nullable String aria(String name) {
        return name.equals(column) ? (descending ? "descending" : "ascending") : null;
    }

    /** Where a column's header leads: that column ascending, or reversed when it is already ascending. */
    public String link(String name) {
        return PATH + "?sort=" + name + "&dir=" + (name.equals(column) && !descending ? "desc" : "asc");
    }

    /** The queue in this order, for the pager's links. */
    public String base() {
        return PATH + "?sort=" + column + "&dir=" + (descending ? "desc" : "asc");
    }

    /** The message key of a column's header. */
    public String label(String name) {
        return LABELS.get(name);
    }

    public String dir() {
        return descending ? "desc" : "asc";
    }
}
