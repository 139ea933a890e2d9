package org.yibao.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.yibao.support.YibaoHttpTest;

/** DEMO.md's regions, people, accounts, institutions and staff are there, and loading again changes nothing. */
class DemoDataTests extends YibaoHttpTest {

    @Autowired
    List<ApplicationRunner> runners;

    private List<Long> counts() {
        return List.of("catalog_pooling_region", "catalog_institution", "insured_employer", "insured_person",
                        "insured_period", "insured_social_card", "identity_staff", "voucher_evoucher").stream()
                .map(t -> jdbc.sql("select count(*) from " + t).query(Long.class).single()).toList();
    }

    @Test
    void loadsDemoDataOnceWhateverTheNumberOfStarts() throws Exception {
        List<Long> before = counts();
        for (ApplicationRunner runner : runners) {
            runner.run(new DefaultApplicationArguments());
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void holdsThePeopleAndInstitutionsOfTheDemo() {
        assertThat(jdbc.sql("select name from catalog_pooling_region order by code").query(String.class).list())
                .containsExactly("北京市", "唐山市", "保定市", "滁州市", "鹰潭市");
        assertThat(jdbc.sql("select count(*) from catalog_institution where code in ('H13020300001','H13020300002',"
                + "'P13020300001','H13060200001','H34110200001','H36060200001','H11010800001')").query(Long.class).single())
                .isEqualTo(7);
        assertThat(jdbc.sql("""
                select p.status from insured_period p join insured_person x on x.id = p.person_id
                where x.id_number = '130203198209151519' order by p.region_code""").query(String.class).list())
                .as("孙强: suspended in 唐山, normal in 保定").containsExactly("2", "1");
        assertThat(jdbc.sql("select count(*) from identity_account where phone like '138000000%' and person_id is not null")
                .query(Long.class).single()).isGreaterThanOrEqualTo(7);
        assertThat(jdbc.sql("select coalesce(real_name_method, 'NONE') from identity_account where phone = '13800000008'")
                .query(String.class).single()).as("周婷 starts with an account only (a test may enroll her)")
                .isIn("NONE", "AGENCY_REVIEW");
        assertThat(jdbc.sql("select login from identity_staff order by login").query(String.class).list())
                .contains("admin", "clerk130200", "clerk130600", "clerk360600");
    }
}
