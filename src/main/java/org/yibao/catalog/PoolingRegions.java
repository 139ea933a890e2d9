package org.yibao.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The pooling regions Yibao serves. Small and read often; read straight from the table. */
@Service
public class PoolingRegions {

    private final JdbcClient jdbc;

    PoolingRegions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PoolingRegion> all() {
        return jdbc.sql("""
                select code, name, province_code, province_name, agency_code, agency_name
                from catalog_pooling_region order by code""")
                .query(PoolingRegion.class).list();
    }

    public Optional<PoolingRegion> find(String code) {
        return jdbc.sql("""
                select code, name, province_code, province_name, agency_code, agency_name
                from catalog_pooling_region where code = ?""")
                .param(code).query(PoolingRegion.class).optional();
    }

    public Map<String, PoolingRegion> byCode() {
        return all().stream().collect(Collectors.toMap(PoolingRegion::code, Function.identity()));
    }
}
