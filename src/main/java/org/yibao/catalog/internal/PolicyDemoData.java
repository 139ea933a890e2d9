package org.yibao.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo 政策咨询 articles, written for Yibao (fictional 文号, realistic content), kept in
 * {@code catalog/demo-policies.txt} so that long Chinese texts stay readable. Each article starts with a line
 * {@code ===}, then {@code key: value} headers (title, region, issuer, number, date), a blank line and the body.
 * The 文号 is the natural key: loading twice changes nothing.
 */
@Component
@Profile("demo")
@Order(14)
class PolicyDemoData implements ApplicationRunner {

    static final String RESOURCE = "catalog/demo-policies.txt";

    private final JdbcClient jdbc;

    PolicyDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Map<String, String> a : articles()) {
            jdbc.sql("""
                    insert into catalog_policy (title, region_code, issuer, document_number, publish_date, body, sample)
                    values (?, ?, ?, ?, ?, ?, true)
                    on conflict (document_number) do update set sample = true""")
                    .params(a.get("title"), a.get("region"), a.get("issuer"), a.get("number"),
                            LocalDate.parse(a.get("date")), a.get("body"))
                    .update();
        }
    }

    static List<Map<String, String>> articles() {
        String text;
        try {
            text = new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (String block : text.split("(?m)^===\\s*$")) {
            if (!block.isBlank()) {
                out.add(parse(block.strip()));
            }
        }
        return out;
    }

    private static Map<String, String> parse(String block) {
        String[] parts = block.split("\\n\\s*\\n", 2);
        Map<String, String> article = new LinkedHashMap<>();
        for (String header : parts[0].split("\\n")) {
            int colon = header.indexOf(':');
            String value = header.substring(colon + 1).strip();
            article.put(header.substring(0, colon).strip(), "national".equals(value) ? null : value);
        }
        article.put("body", parts[1].strip());
        return article;
    }
}
