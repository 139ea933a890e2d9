package org.yibao.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated demo catalog is the same on every start, with unique codes that never touch DEMO.md's. */
class CatalogDemoGenerationTests {

    private static final Set<String> DEMO_CODES = Set.of("H13020300001", "H13020300002", "P13020300001", "H13060200001",
            "H34110200001", "H36060200001", "H11010800001", "110200001", "XJ01CAA001", "XC09AAA001", "XA10BAA001",
            "XR05XAA001", "ZA01AAA001", "C99000001", "C99000002", "C99000003");

    @Test
    void generatesTheSameInstitutionsEveryTime() {
        for (DemoRegion region : DemoRegion.ALL) {
            List<Object[]> once = InstitutionDemoData.generate(region);
            List<Object[]> twice = InstitutionDemoData.generate(region);
            assertThat(once).hasSize(45);
            for (int i = 0; i < once.size(); i++) {
                assertThat(twice.get(i)).containsExactly(once.get(i));
            }
        }
    }

    @Test
    void institutionCodesAreUniqueInTheDemoStyleAndClearOfDemoMd() {
        Set<String> codes = new HashSet<>();
        for (DemoRegion region : DemoRegion.ALL) {
            for (Object[] row : InstitutionDemoData.generate(region)) {
                String code = (String) row[0];
                assertThat(code).matches(row[4] == null ? "P\\d{11}" : "H\\d{11}");
                assertThat(code.substring(1, 3)).isEqualTo(region.code().substring(0, 2));
                assertThat(codes.add(code)).as(code).isTrue();
            }
        }
        assertThat(codes).doesNotContainAnyElementsOf(DEMO_CODES);
    }

    @Test
    void medicalListRowsAreUniqueExactAndClearOfDemoMd() {
        List<Object[]> rows = MedicalListDemoData.generate();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(493);
        Set<String> codes = new HashSet<>();
        for (Object[] row : rows) {
            assertThat(codes.add((String) row[0])).as((String) row[0]).isTrue();
            assertThat(row[8]).isInstanceOf(Long.class);
            if ("C".equals(row[4])) {
                assertThat(row[9]).as("丙类 has no cap").isNull();
            } else {
                assertThat((Long) row[9]).as("the cap is at least the price").isGreaterThanOrEqualTo((Long) row[8]);
            }
        }
        assertThat(codes).doesNotContainAnyElementsOf(DEMO_CODES);
    }

    @Test
    void readsEveryDemoPolicyWithItsHeaders() {
        List<java.util.Map<String, String>> articles = PolicyDemoData.articles();
        assertThat(articles).hasSizeGreaterThanOrEqualTo(12);
        assertThat(articles).allSatisfy(a -> assertThat(a).containsKeys("title", "region", "issuer", "number", "date", "body"));
        assertThat(articles.stream().map(a -> a.get("number")).distinct()).hasSameSizeAs(articles);
    }
}
