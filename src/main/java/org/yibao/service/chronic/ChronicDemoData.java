package org.yibao.service.chronic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.BusinessTime;

/**
 * DEMO.md's 门诊慢特病: the approved qualifications carried over from before online applications (张伟 高血压;
 * 张桂兰 高血压 and 糖尿病, since 1 January of last year), and the assessing hospitals of 唐山, 保定 and 鹰潭 (their
 * designated hospitals of grade 2 and above that assess a 门诊慢特病) with the diseases and departments their kind
 * of hospital assesses. Loading twice changes nothing, and an administrator's later changes to the lists are kept.
 */
@Component
@Profile("demo")
@Order(75)
class ChronicDemoData implements ApplicationRunner {

    private static final String[][] APPROVED = {
            {"130602198807211118", "M00101"}, // 张伟
            {"130602195602141124", "M00101"}, // 张桂兰
            {"130602195602141124", "M00201"},
    };
    private static final List<String> REGIONS = List.of("130200", "130600", "360600");
    private static final List<String> DEPARTMENTS = List.of("心血管内科", "内分泌科", "肾内科", "呼吸内科", "神经内科",
            "肿瘤科", "风湿免疫科", "消化内科");

    /**
     * What a hospital assesses by the kind in its name: a general, 中医 or 中西医结合 hospital every disease (null);
     * a specialist hospital its own diseases and departments; an eye, dental or maternity hospital none.
     */
    private record Specialty(@Nullable List<String> diseases, List<String> departments) {

        private static final Map<String, Specialty> BY_SUFFIX = new LinkedHashMap<>();

        static {
            BY_SUFFIX.put("肿瘤医院", new Specialty(List.of("M00301"), List.of("肿瘤科", "放疗科")));
            BY_SUFFIX.put("骨科医院", new Specialty(List.of("M00701", "M01001"), List.of("风湿免疫科", "骨科")));
            BY_SUFFIX.put("康复医院", new Specialty(List.of("M01101", "M01201"), List.of("神经内科", "康复医学科")));
            BY_SUFFIX.put("儿童医院", new Specialty(List.of("M01501", "M01701", "M01801"),
                    List.of("小儿神经内科", "小儿血液科")));
            BY_SUFFIX.put("眼科医院", new Specialty(List.of(), List.of()));
            BY_SUFFIX.put("口腔医院", new Specialty(List.of(), List.of()));
            BY_SUFFIX.put("妇产医院", new Specialty(List.of(), List.of()));
            BY_SUFFIX.put("妇幼保健院", new Specialty(List.of(), List.of()));
        }

        static Specialty of(String hospitalName) {
            return BY_SUFFIX.entrySet().stream().filter(e -> hospitalName.endsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(new Specialty(null, DEPARTMENTS));
        }
    }

    private final JdbcClient jdbc;
    private final QualificationRecords records;
    private final Clock clock;

    ChronicDemoData(JdbcClient jdbc, QualificationRecords records, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate approved = BusinessTime.today(clock).withDayOfYear(1).minusYears(1);
        for (String[] a : APPROVED) {
            jdbc.sql("""
                    select p.id, ip.region_code from insured_person p join insured_period ip on ip.person_id = p.id
                    where p.id_number = ? and ip.status = '1' order by ip.begin_date limit 1""").param(a[0])
                    .query((rs, n) -> new Object[]{rs.getLong("id"), rs.getString("region_code")}).optional()
                    .ifPresent(p -> records.carryOver((Long) p[0], a[1], (String) p[1], approved));
        }
        if (jdbc.sql("select count(*) from service_chronic_hospital").query(Integer.class).single() > 0) {
            return;
        }
        for (String region : REGIONS) {
            jdbc.sql("""
                    select code, name from catalog_institution where region_code = ? and kind = 'HOSPITAL' and level >= 2
                    order by level desc, code""").param(region)
                    .query((rs, n) -> new String[]{rs.getString("code"), rs.getString("name")}).list()
                    .forEach(h -> assessor(region, h[0], Specialty.of(h[1])));
        }
    }

    /** A specialist hospital assesses only its diseases; one that assesses none (眼科, 口腔) is not listed. */
    private void assessor(String region, String hospital, Specialty specialty) {
        if (specialty.diseases != null && specialty.diseases.isEmpty()) {
            return;
        }
        jdbc.sql("insert into service_chronic_hospital (region_code, hospital_code, all_diseases) values (?, ?, ?)")
                .params(region, hospital, specialty.diseases == null).update();
        for (String disease : specialty.diseases == null ? List.<String>of() : specialty.diseases) {
            jdbc.sql("insert into service_chronic_hospital_disease (region_code, hospital_code, disease_code) values (?, ?, ?)")
                    .params(region, hospital, disease).update();
        }
        for (String department : specialty.departments) {
            jdbc.sql("insert into service_chronic_department (hospital_code, name) values (?, ?) on conflict do nothing")
                    .params(hospital, department).update();
        }
    }
}
