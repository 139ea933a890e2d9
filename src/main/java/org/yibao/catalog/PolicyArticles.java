package org.yibao.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.InputErrors;

/** 政策咨询: newest first; a region sees its own documents, its province's and the national ones. */
@Service
public class PolicyArticles {

    private static final String COLUMNS = """
            select p.id, p.title, p.region_code, d.name as region_name, p.issuer, p.document_number, p.publish_date,
                   p.body, p.sample
            from catalog_policy p left join catalog_division d on d.code = p.region_code
            """;
    private static final String WHERE = """
            where (cast(:region as varchar) is null or p.region_code is null or p.region_code = :region
                   or p.region_code = :province or d.province_code = :region)
              and (cast(:q as varchar) is null or p.title ilike :q or p.body ilike :q or p.document_number ilike :q)
            """;

    private final JdbcClient jdbc;
    private final AdministrativeDivisions divisions;

    PolicyArticles(JdbcClient jdbc, AdministrativeDivisions divisions) {
        this.jdbc = jdbc;
        this.divisions = divisions;
    }

    public ResultPage<PolicyArticle> search(PolicyFilter filter) {
        InputErrors errors = new InputErrors();
        String q = SearchInput.fragment(errors, "q", filter.q(), 30);
        AdministrativeDivision region = region(errors, filter.region());
        int page = SearchInput.page(errors, filter.page());
        errors.throwIfAny();
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("q", SearchInput.contains(q));
        params.put("region", region == null ? null : region.code());
        params.put("province", region == null ? null : region.provinceCode());
        long total = jdbc.sql("select count(*) from catalog_policy p left join catalog_division d on d.code = p.region_code "
                + WHERE).params(params).query(Long.class).single();
        var rows = jdbc.sql(COLUMNS + WHERE + " order by p.publish_date desc, p.id desc limit :size offset :offset")
                .params(params).param("size", SearchInput.PAGE_SIZE).param("offset", (page - 1) * SearchInput.PAGE_SIZE)
                .query(PolicyArticle.class).list();
        return new ResultPage<>(rows, page, SearchInput.PAGE_SIZE, total);
    }

    public Optional<PolicyArticle> find(long id) {
        return jdbc.sql(COLUMNS + "where p.id = ?").param(id).query(PolicyArticle.class).optional();
    }

    private @Nullable AdministrativeDivision region(InputErrors errors, String code) {
        if (code.isEmpty()) {
            return null;
        }
        Optional<AdministrativeDivision> division = code.matches("\\d{6}") ? divisions.find(code) : Optional.empty();
        if (division.isEmpty()) {
            errors.reject("region", "CATALOG_REGION_UNKNOWN", code);
            return null;
        }
        return division.get();
    }
}
