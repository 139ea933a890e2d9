package org.yibao.catalog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.InputErrors;

/** 定点医药机构查询: search by region, kind, level and name, 20 a page, in a stable order (grade first). */
@Service
public class Institutions {

    private static final String FROM = """
            from catalog_institution i join catalog_pooling_region r on r.code = i.region_code
            where (cast(:region as varchar) is null or i.region_code = :region)
              and (cast(:kind as varchar) is null or i.kind = :kind)
              and (cast(:level as smallint) is null or i.level = :level)
              and (cast(:name as varchar) is null or i.name ilike :name)
            """;
    private static final String COLUMNS = """
            select i.code, i.name, i.region_code, r.name as region_name, i.kind, i.level, i.address, i.phone,
                   i.cross_province_settlement
            """;

    private final JdbcClient jdbc;
    private final PoolingRegions regions;

    Institutions(JdbcClient jdbc, PoolingRegions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    /** Refuses unknown regions, kinds and levels, and a level asked of pharmacies, all at once. */
    public ResultPage<Institution> search(InstitutionFilter filter) {
        InputErrors errors = new InputErrors();
        String region = region(errors, filter.region());
        InstitutionKind kind = kind(errors, filter.kind());
        Integer level = level(errors, filter.level(), kind);
        String name = SearchInput.fragment(errors, "name", filter.name(), 30);
        int page = SearchInput.page(errors, filter.page());
        errors.throwIfAny();
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("region", region);
        params.put("kind", kind == null ? null : kind.name());
        params.put("level", level);
        params.put("name", SearchInput.contains(name));
        long total = jdbc.sql("select count(*) " + FROM).params(params).query(Long.class).single();
        var rows = jdbc.sql(COLUMNS + FROM + " order by i.region_code, i.kind, i.level desc nulls last, i.code"
                        + " limit :size offset :offset")
                .params(params).param("size", SearchInput.PAGE_SIZE).param("offset", (page - 1) * SearchInput.PAGE_SIZE)
                .query(Institution.class).list();
        return new ResultPage<>(rows, page, SearchInput.PAGE_SIZE, total);
    }

    public Optional<Institution> find(String code) {
        return jdbc.sql(COLUMNS + """
                from catalog_institution i join catalog_pooling_region r on r.code = i.region_code where i.code = ?""")
                .param(code).query(Institution.class).optional();
    }

    private @Nullable String region(InputErrors errors, String code) {
        if (code.isEmpty()) {
            return null;
        }
        if (regions.find(code).isEmpty()) {
            errors.reject("region", "CATALOG_REGION_UNKNOWN", code);
            return null;
        }
        return code;
    }

    private static @Nullable InstitutionKind kind(InputErrors errors, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return InstitutionKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.reject("kind", "CATALOG_KIND_INVALID");
            return null;
        }
    }

    private static @Nullable Integer level(InputErrors errors, String text, @Nullable InstitutionKind kind) {
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[123]")) {
            errors.reject("level", "CATALOG_LEVEL_INVALID");
            return null;
        }
        if (kind == InstitutionKind.PHARMACY) {
            errors.reject("level", "CATALOG_LEVEL_FOR_PHARMACY");
            return null;
        }
        return Integer.valueOf(text);
    }
}
