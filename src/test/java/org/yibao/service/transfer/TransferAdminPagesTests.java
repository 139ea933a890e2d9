package org.yibao.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/**
 * 转入地是否接收个人账户资金 in the back office: only the administrator changes it, each change is audited, a bad
 * choice changes nothing, and the hall and the API follow it at once.
 */
class TransferAdminPagesTests extends YibaoHttpTest {

    @Autowired
    private TransferRegions regions;

    @Test
    void onlyTheAdministratorSetsWhetherARegionAcceptsAccountFundsAndEveryChangeIsAudited() {
        WebSession clerk = staffSession("clerk130200", "Clerk2025");
        assertThat(clerk.get("/staff/admin/transfer").statusCode()).isEqualTo(403);

        WebSession admin = staffSession("admin", "Admin2025");
        String page = admin.get("/staff/admin/transfer").body();
        assertThat(page).contains("转入地是否接收个人账户资金", "accepts-360600", "accepts-341100");
        long audited = audits();
        try {
            HttpResponse<String> saved = admin.submit("/staff/admin/transfer", "/staff/admin/transfer",
                    Map.of("regionCode", "360600", "acceptsAccountFunds", "false"));
            assertThat(saved.body()).contains("已保存转移接续参数", "最近修改：admin");
            assertThat(regions.acceptsAccountFunds("360600")).isFalse();
            assertThat(audits()).isEqualTo(audited + 1);
            assertThat(regions.refusingAccountFunds()).contains("360600");
            HttpResponse<String> unknown = admin.submit("/staff/admin/transfer", "/staff/admin/transfer",
                    Map.of("regionCode", "999999", "acceptsAccountFunds", "true"));
            assertThat(unknown.body()).contains("所选经办机构不存在");
            HttpResponse<String> noChoice = admin.submit("/staff/admin/transfer", "/staff/admin/transfer",
                    Map.of("regionCode", "360600", "acceptsAccountFunds", "maybe"));
            assertThat(noChoice.body()).contains("请选择是否接收个人账户资金");
            assertThat(regions.acceptsAccountFunds("360600")).isFalse();
            assertThat(audits()).isEqualTo(audited + 1);

            HttpResponse<String> byClerk = clerk.submit("/staff", "/staff/admin/transfer",
                    Map.of("regionCode", "360600", "acceptsAccountFunds", "true"));
            assertThat(byClerk.statusCode()).isEqualTo(403);
            assertThat(regions.acceptsAccountFunds("360600")).isFalse();
        } finally {
            regions.set("admin", "360600", true);
        }
    }

    @Test
    void theAdministratorFollowsTheTransfersAndRefundsOfEveryRegion() {
        WebSession admin = staffSession("admin", "Admin2025");
        assertThat(admin.get("/staff/transfer")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("转移接续办理情况");
        });
        assertThat(admin.get("/staff/transfer/refunds")).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("转移接续清退拨付");
        });
    }

    private long audits() {
        return jdbc.sql("select count(*) from common_audit_record where action = 'TRANSFER_ACCOUNT_FUNDS_SET' "
                + "and subject = 'transfer-region:360600' and actor = 'staff:admin'").query(Long.class).single();
    }
}
