package org.yibao.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yibao.service.office.OfficeFixtures;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/** The hall's 转移接续 page without JavaScript: the seed's texts, a refusal in words, a filing into 办件进度. */
class TransferPagesTests extends YibaoHttpTest {

    @Test
    void theHallPageShowsTheSeedsTextsAndFilesIntoTheProgressPage() {
        TestPerson p = employee("郑页面", "2");
        WebSession web = citizen(p);
        HttpResponse<String> page = web.get("/services/transfer");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("跨省转移接续转出地申请", "跨省转移接续转入地申请", "省内关系转移接续申请",
                "转出地为暂停参保状态", "应先撤销线上转移申请").doesNotContain("即将上线");

        HttpResponse<String> filed = web.submit("/services/transfer", "/services/transfer",
                Map.of("variant", "INTRA", "fromRegion", "130200", "toRegion", "130600"));
        assertThat(filed.uri().getPath()).startsWith("/applications/");
        assertThat(filed.body()).contains("职工医保关系转移接续", "转出地审核", "应先撤销线上转移申请");
    }

    @Test
    void aPersonNotSuspendedInTheOldRegionReadsWhyOnThePage() {
        TestPerson p = employee("冯未停", "1");
        WebSession web = citizen(p);
        HttpResponse<String> refused = web.submit("/services/transfer", "/services/transfer",
                Map.of("variant", "INTRA", "fromRegion", "130200", "toRegion", "130600"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"transfer-error\"", "原参保单位", "暂停参保");
        assertThat(jdbc.sql("select count(*) from service_application where person_id = ?").param(p.id())
                .query(Long.class).single()).isZero();
    }

    private TestPerson employee(String name, String tangshanStatus) {
        TestPerson p = insuredPerson(name, "130600", "246810", null);
        jdbc.sql("update insured_period set insutype = '310', psn_type = '1101' where person_id = ?").param(p.id())
                .update();
        jdbc.sql("""
                insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date)
                values (?, '130200', '310', '1101', ?, ?)""")
                .params(p.id(), tangshanStatus, LocalDate.of(2010, 1, 1)).update();
        return p;
    }

    private WebSession citizen(TestPerson p) {
        String phone = registeredPhone("Secret2025");
        OfficeFixtures.linkedAccount(jdbc, phone, p.id());
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", phone, "password", "Secret2025"));
        return web;
    }
}
