package org.yibao.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.InputErrors;
import org.yibao.common.KeptReads;
import org.yibao.common.Money;

/**
 * The 医保目录: the settlement engine prices fee items with {@link #find}; 药品 / 耗材采购查询 search it by name or code.
 * The catalog changes with a new list edition, not between two settlements, so {@link #find} keeps the items it read
 * in memory for {@link #CACHE_TTL}.
 */
@Service
public class MedicalCatalog {

    private static final String COLUMNS = """
            select code, name, category, subcategory, item_class, specification, unit, manufacturer, price_fen,
                   price_cap_fen, prepaid_share_bp, valid_from, valid_to, account_barred from catalog_medical_item
            """;
    private static final String WHERE = """
            where (cast(:category as varchar) is null or category = :category)
              and (cast(:q as varchar) is null or name ilike :q or code ilike :q)
            """;

    /** How long an item read for pricing is used before it is read again. */
    static final Duration CACHE_TTL = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final KeptReads<String, MedicalItem> kept = new KeptReads<>(CACHE_TTL);

    MedicalCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The item with this national code ({@code med_list_codg}), whatever its validity dates. */
    public Optional<MedicalItem> find(String medListCode) {
        return kept.get(medListCode, code -> jdbc.sql(COLUMNS + "where code = ?").param(code)
                .query(MedicalCatalog::item).optional());
    }

    public ResultPage<MedicalItem> search(ItemFilter filter) {
        InputErrors errors = new InputErrors();
        ItemCategory category = category(errors, filter.category());
        String q = SearchInput.fragment(errors, "q", filter.q(), 40);
        int page = SearchInput.page(errors, filter.page());
        errors.throwIfAny();
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("category", category == null ? null : category.name());
        params.put("q", SearchInput.contains(q));
        long total = jdbc.sql("select count(*) from catalog_medical_item " + WHERE).params(params)
                .query(Long.class).single();
        var rows = jdbc.sql(COLUMNS + WHERE + " order by category, name, code limit :size offset :offset")
                .params(params).param("size", SearchInput.PAGE_SIZE).param("offset", (page - 1) * SearchInput.PAGE_SIZE)
                .query(MedicalCatalog::item).list();
        return new ResultPage<>(rows, page, SearchInput.PAGE_SIZE, total);
    }

    public long count() {
        return jdbc.sql("select count(*) from catalog_medical_item").query(Long.class).single();
    }

    private static @Nullable ItemCategory category(InputErrors errors, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return ItemCategory.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.reject("category", "CATALOG_CATEGORY_INVALID");
            return null;
        }
    }

    private static MedicalItem item(ResultSet rs, int row) throws SQLException {
        long cap = rs.getLong("price_cap_fen");
        Money priceCap = rs.wasNull() ? null : Money.ofFen(cap);
        java.sql.Date validTo = rs.getDate("valid_to");
        return new MedicalItem(rs.getString("code"), rs.getString("name"),
                ItemCategory.valueOf(rs.getString("category")), rs.getString("subcategory"),
                ItemClass.valueOf(rs.getString("item_class")), rs.getString("specification"), rs.getString("unit"),
                rs.getString("manufacturer"), Money.ofFen(rs.getLong("price_fen")), priceCap,
                rs.getInt("prepaid_share_bp"), rs.getDate("valid_from").toLocalDate(),
                validTo == null ? null : validTo.toLocalDate(), rs.getBoolean("account_barred"));
    }
}
