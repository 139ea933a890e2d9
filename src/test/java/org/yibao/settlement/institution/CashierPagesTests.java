package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yibao.support.WebSession;

/** The cashier's counter over HTTP: 赵敏's QR code pasted at the Beijing hospital, pre-settled, settled once. */
class CashierPagesTests extends FsiTest {

    private static final String ZHAO_MIN = "110108198501021423";
    private static final String BEIJING_HOSPITAL = "H11010800001";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"(\\d{17})\"");

    private WebSession cashier() {
        WebSession web = new WebSession(port);
        HttpResponse<String> r = web.submit("/staff/login", "/staff/login",
                Map.of("username", "cashier-" + BEIJING_HOSPITAL, "password", "Cashier2025"));
        assertThat(r.uri().getPath()).isEqualTo("/staff/cashier");
        return web;
    }

    private String qrCode() {
        String citizen = login("13800000010", "Yibao2025");
        return get("/api/v1/voucher/qrcode", citizen).body().get("qrCode").asString();
    }

    @Test
    void aPastedQrCodeIsPreSettledAndSettledOnceWithASlip() {
        long person = jdbc.sql("select id from insured_person where id_number = ?").param(ZHAO_MIN).query(Long.class).single();
        WebSession web = cashier();
        HttpResponse<String> page = web.submit("/staff/cashier", "/staff/cashier/identify", Map.of("voucher", qrCode()));
        assertThat(page.body()).contains("赵*").contains("cashier-balance");
        web.submit("/staff/cashier", "/staff/cashier/items", Map.of("code", "XJ01CAA001", "cnt", "2", "price", ""));
        page = web.get("/staff/cashier");
        assertThat(page.body()).contains("阿莫西林胶囊").contains("25.00");
        long settlements = count("select count(*) from settlement_settlement where person_id = ?", person);
        long visits = count("select count(*) from settlement_visit where person_id = ?", person);
        HttpResponse<String> preview = web.submit("/staff/cashier", "/staff/cashier/pre-settle", Map.of());
        assertThat(preview.body()).contains("cashier-preview").contains("preview-total");
        assertThat(count("select count(*) from settlement_settlement where person_id = ?", person)).isEqualTo(settlements);
        assertThat(count("select count(*) from settlement_visit where person_id = ?", person)).as("2206 stored nothing").isEqualTo(visits);

        Matcher m = TOKEN.matcher(web.get("/staff/cashier").body());
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        HttpResponse<String> slip = web.submit("/staff/cashier", "/staff/cashier/settle", Map.of("token", token));
        HttpResponse<String> again = web.submit("/staff/cashier", "/staff/cashier/settle", Map.of("token", token));
        assertThat(slip.uri().getPath()).startsWith("/staff/cashier/slip/");
        assertThat(again.uri().getPath()).isEqualTo(slip.uri().getPath());
        assertThat(count("select count(*) from settlement_settlement where person_id = ?", person)).isEqualTo(settlements + 1);
        assertThat(slip.body()).contains("北京市海淀区示范医院").contains("阿莫西林胶囊").contains("slip-medfee_sumamt")
                .contains("25.00").contains("赵*").doesNotContain(ZHAO_MIN);
        String setlId = slip.uri().getPath().substring("/staff/cashier/slip/".length());
        HttpResponse<String> reversed = web.submit(slip.uri().getPath(), slip.uri().getPath() + "/reverse", Map.of());
        assertThat(reversed.body()).contains("slip-reversed");
        assertThat(count("select count(*) from settlement_settlement where setl_id = ? and status = 'REVERSED'", setlId)).isOne();
    }

    @Test
    void aUsedQrCodeIsRefusedInChinese() {
        WebSession web = cashier();
        String qr = qrCode();
        web.submit("/staff/cashier", "/staff/cashier/identify", Map.of("voucher", qr));
        web.submit("/staff/cashier", "/staff/cashier/clear", Map.of());
        HttpResponse<String> r = web.submit("/staff/cashier", "/staff/cashier/identify", Map.of("voucher", qr));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("医保码已使用");
        assertThat(web.submit("/staff/cashier", "/staff/cashier/identify", Map.of("voucher", "garbage")).body())
                .contains("医保码无效");
    }

    @Test
    void cashiersAndClerksKeepToTheirOwnPages() {
        WebSession web = cashier();
        assertThat(web.get("/staff/enrollments").statusCode()).isEqualTo(403);
        WebSession clerk = new WebSession(port);
        clerk.submit("/staff/login", "/staff/login", Map.of("username", "clerk130200", "password", "Clerk2025"));
        assertThat(clerk.get("/staff/cashier").statusCode()).isEqualTo(403);
    }
}
