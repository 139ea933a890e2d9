package org.yibao.fhir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.yibao.fhir.internal.FhirException;

/** FHIR date prefixes read as Beijing days, months and years; every other input refused before any read. */
class SearchParamsTest {

    private static SearchParams parse(String... pairs) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.add(pairs[i], pairs[i + 1]);
        }
        return SearchParams.parse("ExplanationOfBenefit", query);
    }

    @Test
    void readsEachPrefixAsTheBoundOfABeijingDay() {
        assertThat(parse("created", "2025-09-15").from()).isEqualTo(OffsetDateTime.parse("2025-09-15T00:00+08:00"));
        assertThat(parse("created", "2025-09-15").to()).isEqualTo(OffsetDateTime.parse("2025-09-16T00:00+08:00"));
        assertThat(parse("created", "gt2025-09-15").from()).isEqualTo(OffsetDateTime.parse("2025-09-16T00:00+08:00"));
        assertThat(parse("created", "ge2025-09-15").to()).isNull();
        assertThat(parse("created", "lt2025-09").to()).isEqualTo(OffsetDateTime.parse("2025-09-01T00:00+08:00"));
        assertThat(parse("created", "le2025").to()).isEqualTo(OffsetDateTime.parse("2026-01-01T00:00+08:00"));
        SearchParams both = parse("created", "ge2025-03", "created", "lt2025-07-01");
        assertThat(both.from()).isEqualTo(OffsetDateTime.parse("2025-03-01T00:00+08:00"));
        assertThat(both.to()).isEqualTo(OffsetDateTime.parse("2025-07-01T00:00+08:00"));
    }

    @Test
    void cutsTheCountToFiftyAndReadsThePatientReference() {
        assertThat(parse().count()).isEqualTo(20);
        assertThat(parse("_count", "500").count()).isEqualTo(50);
        assertThat(parse("patient", "Patient/42").patient()).isEqualTo(42L);
        assertThat(parse("patient", "42").patient()).isEqualTo(42L);
    }

    @Test
    void refusesWhatItCannotReadWith400() {
        for (String[] bad : new String[][] {{"created", "2025-02-30"}, {"created", "ne2025"}, {"created", "2025-9-1"},
                {"patient", "Patient/1/_history/2"}, {"patient", "9".repeat(19)}, {"_count", "1.5"},
                {"_offset", "10001"}, {"_sort", "created"}}) {
            assertThatThrownBy(() -> parse(bad)).as(String.join("=", bad)).isInstanceOf(FhirException.class)
                    .extracting(e -> ((FhirException) e).status()).isEqualTo(400);
        }
        assertThatThrownBy(() -> parse("_format", "xml")).extracting(e -> ((FhirException) e).status()).isEqualTo(406);
        assertThatThrownBy(() -> SearchParams.parse("Patient", new LinkedMultiValueMap<>()))
                .extracting(e -> ((FhirException) e).status()).isEqualTo(400);
    }
}
