package org.yibao.settlement;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.yibao.common.BusinessTime;
import org.yibao.common.Money;

/**
 * One settlement as the citizen sees it in 消费信息: where, when, what kind of visit, and who paid what
 * (basic fund, own personal account, 家庭共济, cash). The time is Beijing time, as every time a person sees: a
 * settlement just after midnight on 1 January belongs to the new day and year.
 */
public record Consumption(String setlId, long personId, String institutionCode, String institutionName,
                          String regionCode, String medType, String insutype, OffsetDateTime setlTime, Money total,
                          Money fund, Money ownAccount, Money mutualAid, Money cash, String status,
                          @Nullable Long mutualAidPayer) {

    public Consumption {
        setlTime = setlTime.atZoneSameInstant(BusinessTime.ZONE).toOffsetDateTime();
    }

    public boolean reversed() {
        return "REVERSED".equals(status);
    }
}
