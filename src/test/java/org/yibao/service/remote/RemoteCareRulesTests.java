package org.yibao.service.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.PersonId;
import org.yibao.common.RegionCode;
import org.yibao.service.Applications;
import org.yibao.service.RemoteCareFilings.Filing;
import org.yibao.service.RemoteCareFilings;

/** 跨省异地就医备案 rules on the real workflow and PostgreSQL: validity, one active filing, revocation limits, 京津. */
class RemoteCareRulesTests extends RemoteCareTestSupport {

    @Autowired
    RemoteCareFilings filings;

    @Autowired
    RemoteCareSettings settings;

    @Autowired
    Applications applications;

    @Test
    void temporaryFilingIsValidTwelveMonthsFromItsStartDateAndCoversOnlyItsProvince() {
        TestPerson p = insuredPerson("鹰潭临时", "360600", "246810", null);
        LocalDate start = today().plusDays(3);
        long id = file(p, temporary("440000", "440100", start));

        assertThat(status(id)).isEqualTo("APPROVED");
        Filing f = filings.byApplication(id).orElseThrow();
        assertThat(f.kind()).isEqualTo(RemoteCareFilings.Kind.TEMPORARY);
        assertThat(f.startDate()).isEqualTo(start);
        assertThat(f.endDate()).isEqualTo(start.plusMonths(12).minusDays(1));
        assertThat(filings.active(p.id(), start)).isPresent();
        assertThat(filings.active(p.id(), start.minusDays(1))).isEmpty();
        assertThat(filings.active(p.id(), start.plusMonths(12))).isEmpty();
        assertThat(filings.covers(p.id(), "440106", start.plusMonths(6))).isTrue();
        assertThat(filings.covers(p.id(), "310000", start)).isFalse();
        assertThat(filings.covers(p.id(), "360100", start.minusDays(1))).as("own province needs no filing").isTrue();
        applying.revoke(accountFor(p), id, AuditTrail.Channel.API);
        assertThat(filings.covers(p.id(), "440106", start)).isFalse();
    }

    @Test
    void regionValidityFollowsItsSettingAndMayNotBeShorterThanSixMonths() {
        assertThatThrownBy(() -> settings.save("admin", "341100", 5, 10))
                .isInstanceOf(BusinessException.class).hasMessage("REMOTE_SETTING_MONTHS");
        assertThatThrownBy(() -> settings.save("admin", "341100", 12, 25))
                .isInstanceOf(BusinessException.class).hasMessage("REMOTE_SETTING_CUT");
        try {
            settings.save("admin", "341100", 6, 10);
            TestPerson p = insuredPerson("滁州临时", "341100", "246810", null);
            long id = file(p, temporary("320000", "320100", today()));
            assertThat(filings.byApplication(id).orElseThrow().endDate()).isEqualTo(today().plusMonths(6).minusDays(1));
            applying.revoke(accountFor(p), id, AuditTrail.Channel.API);
        } finally {
            settings.save("admin", "341100", RemoteCareSettings.DEFAULT_TEMPORARY_MONTHS,
                    RemoteCareSettings.DEFAULT_CUT_POINTS);
        }
    }

    @Test
    void longTermFilingCannotBeRevokedWithinSixMonthsOfApproval() {
        TestPerson p = insuredPerson("鹰潭长期", "360600", "246810", null);
        long id = file(p, longTerm("460000", "460100", today()));
        Filing f = filings.byApplication(id).orElseThrow();
        assertThat(f.endDate()).isNull();
        assertThat(filings.active(p.id(), today().plusYears(5))).isPresent();

        assertThatThrownBy(() -> applying.revoke(accountFor(p), id, AuditTrail.Channel.API))
                .isInstanceOf(BusinessException.class).hasMessage("REMOTE_LONG_TERM_LOCKED");
        assertThat(filings.find(f.id()).orElseThrow().status()).isEqualTo(RemoteCareFilings.Status.ACTIVE);
        assertThat(status(id)).isEqualTo("APPROVED");

        jdbc.sql("update service_remote_filing set approved_at = now() - interval '7 months' where id = ?")
                .param(f.id()).update();
        applying.revoke(accountFor(p), id, AuditTrail.Channel.API);
        assertThat(filings.find(f.id()).orElseThrow().status()).isEqualTo(RemoteCareFilings.Status.REVOKED);
        assertThat(status(id)).isEqualTo("REVOKED");
    }

    @Test
    void aSecondActiveFilingIsRefusedUntilTheFirstIsRevoked() {
        TestPerson p = insuredPerson("鹰潭重复", "360600", "246810", null);
        long first = file(p, temporary("440000", "440100", today()));
        int before = applicationsOf(p.id());

        assertThatThrownBy(() -> file(p, temporary("310000", "310000", today())))
                .isInstanceOf(BusinessException.class).hasMessage("REMOTE_ALREADY_FILED");
        assertThat(applicationsOf(p.id())).isEqualTo(before);

        applying.revoke(accountFor(p), first, AuditTrail.Channel.API);
        long second = file(p, temporary("310000", "310000", today()));
        assertThat(status(second)).isEqualTo("APPROVED");
        applying.revoke(accountFor(p), second, AuditTrail.Channel.API);
    }

    @Test
    void aStartDateInThePastIsRefusedAndTodayIsAllowed() {
        TestPerson p = insuredPerson("鹰潭过去", "360600", "246810", null);
        assertThatThrownBy(() -> file(p, temporary("440000", "440100", today().minusDays(1))))
                .isInstanceOf(BusinessException.class).hasMessage("REMOTE_START_PAST");
        assertThat(applicationsOf(p.id())).isZero();
        long id = file(p, temporary("440000", "440100", today()));
        assertThat(status(id)).isEqualTo("APPROVED");
        applying.revoke(accountFor(p), id, AuditTrail.Channel.API);
    }

    @Test
    void hebeiInsuredFileNothingForBeijingOrTianjinAndAreCoveredThereWithoutAFiling() {
        TestPerson p = insuredPerson("唐山京津", "130200", "246810", null);
        assertThatThrownBy(() -> file(p, temporary("110000", "110000", today())))
                .isInstanceOf(BusinessException.class).hasMessage("REMOTE_EXEMPT");
        assertThatThrownBy(() -> file(p, temporary("120000", "120000", today())))
                .isInstanceOf(BusinessException.class).hasMessage("REMOTE_EXEMPT");
        assertThat(applicationsOf(p.id())).isZero();
        assertThat(filings.covers(p.id(), "110108", today())).isTrue();
        assertThat(filings.covers(p.id(), "110108", LocalDate.of(2023, 2, 9))).isFalse();
        assertThat(filings.covers(p.id(), "310000", today())).isFalse();

        TestPerson beijing = insuredPerson("北京参保", "110000", "246810", null);
        assertThat(filings.covers(beijing.id(), "130200", today())).as("the exemption runs one way").isFalse();
    }

    @Test
    void aDestinationInTheInsuredProvinceIsRefused() {
        TestPerson p = insuredPerson("鹰潭省内", "360600", "246810", null);
        assertThatThrownBy(() -> file(p, temporary("360000", "360100", today())))
                .isInstanceOf(BusinessException.class).hasMessage("REMOTE_SAME_PROVINCE");
    }

    @Test
    void theUnfiledRatioCutIsTheInsuredRegionsSettingAndNoneInTheInsuredProvince() {
        TestPerson p = insuredPerson("鹰潭未备案", "360600", "246810", null);
        PersonId person = new PersonId(p.id());
        RegionCode yingtan = new RegionCode("360600");
        assertThat(filings.unfiledCutPoints(person, yingtan, new RegionCode("440106"), today()))
                .isEqualTo(RemoteCareSettings.DEFAULT_CUT_POINTS);
        assertThat(filings.unfiledCutPoints(person, yingtan, new RegionCode("360100"), today())).isZero();
        try {
            settings.save("admin", "360600", 12, 15);
            assertThat(filings.unfiledCutPoints(person, yingtan, new RegionCode("440106"), today())).isEqualTo(15);
        } finally {
            settings.save("admin", "360600", RemoteCareSettings.DEFAULT_TEMPORARY_MONTHS,
                    RemoteCareSettings.DEFAULT_CUT_POINTS);
        }
    }

    @Test
    void tangshanLongTermFilingWaitsForAClerkAndARejectionGrantsNothing() {
        TestPerson p = insuredPerson("唐山长期", "130200", "246810", null);
        long id = file(p, longTerm("440000", "440300", today().plusDays(1)));
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(filings.byApplication(id)).isEmpty();
        assertThatThrownBy(() -> file(p, temporary("310000", "310000", today())))
                .isInstanceOf(BusinessException.class).hasMessage("REMOTE_APPLICATION_OPEN");

        applications.reject(new Applications.StaffActor("clerk130200", "130200"), id, "CONDITIONS_NOT_MET", "材料不符");
        assertThat(status(id)).isEqualTo("REJECTED");
        assertThat(filings.byApplication(id)).isEmpty();
    }
}
