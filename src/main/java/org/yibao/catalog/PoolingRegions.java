package org.yibao.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.yibao.common.RoundTrips;

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

    /** {@link #byCode} as one statement, to send with others in one round trip ({@link RoundTrips}). */
    public static RoundTrips.Sql<Map<String, PoolingRegion>> allByCode() {
        return RoundTrips.Sql.query("""
                select code, name, province_code, province_name, agency_code, agency_name
                from catalog_pooling_region""", rs -> {
                    Map<String, PoolingRegion> byCode = new HashMap<>();
                    while (rs.next()) {
                        byCode.put(rs.getString(1), new PoolingRegion(rs.getString(1), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                    return byCode;
                });
    }
}
