package org.yibao.service.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.support.WebSession;
import org.yibao.support.YibaoHttpTest;

/** The administrator edits the regions' 备案 settings; less than six months is refused; clerks are refused. */
class RemoteCareAdminPagesTests extends YibaoHttpTest {

    @Autowired
    RemoteCareSettings settings;

    @Test
    void administratorChangesTheValidityAndCannotGoBelowSixMonths() {
        WebSession admin = staffSession("admin", "Admin2025");
        String page = admin.get("/staff/admin/remote-care").body();
        assertThat(page).contains("异地就医备案设置", "鹰潭市", "免备案就医地", "河北省参保人员赴北京市就医免备案，自2023-02-10起");

        String refused = admin.submit("/staff/admin/remote-care", "/staff/admin/remote-care",
                Map.of("regionCode", "341100", "temporaryMonths", "5", "unfiledCutPoints", "10")).body();
        assertThat(refused).contains("临时外出就医备案有效期须在6至60个月之间");
        assertThat(settings.of("341100").temporaryMonths()).isEqualTo(RemoteCareSettings.DEFAULT_TEMPORARY_MONTHS);

        try {
            String saved = admin.submit("/staff/admin/remote-care", "/staff/admin/remote-care",
                    Map.of("regionCode", "341100", "temporaryMonths", "9", "unfiledCutPoints", "12")).body();
            assertThat(saved).contains("设置已保存");
            assertThat(settings.of("341100").temporaryMonths()).isEqualTo(9);
            assertThat(settings.of("341100").unfiledCutPoints()).isEqualTo(12);
        } finally {
            settings.save("admin", "341100", RemoteCareSettings.DEFAULT_TEMPORARY_MONTHS,
                    RemoteCareSettings.DEFAULT_CUT_POINTS);
        }
    }

    @Test
    void clerksCannotChangeTheSettings() {
        WebSession clerk = staffSession("clerk130200", "Clerk2025");
        assertThat(clerk.get("/staff/admin/remote-care").statusCode()).isEqualTo(403);
    }
}
