package org.yibao.service.chronic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
 * designated hospitals of grade 2 and above) with the usual departments. Loading twice changes nothing, and an
 * administrator's later changes to the lists are kept.
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
            List<String> hospitals = jdbc.sql("""
                    select code from catalog_institution where region_code = ? and kind = 'HOSPITAL' and level >= 2
                    order by level desc, code""").param(region).query(String.class).list();
            for (String hospital : hospitals) {
                jdbc.sql("insert into service_chronic_hospital (region_code, hospital_code) values (?, ?)")
                        .params(region, hospital).update();
                for (String department : DEPARTMENTS) {
                    jdbc.sql("insert into service_chronic_department (hospital_code, name) values (?, ?) on conflict do nothing")
                            .params(hospital, department).update();
                }
            }
        }
    }
}
