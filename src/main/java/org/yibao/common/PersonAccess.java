package org.yibao.common;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one answer to: may this citizen account do this for that insured person? Declared here so that every
 * module can ask; answered by the family module, which owns the bindings that grant such rights (亲情账户,
 * 亲情代办). Acting for oneself is always allowed and needs no binding.
 */
public interface PersonAccess {

    /** What an account may do for another person. */
    enum Action {
        /** 展示医保码 of a 亲情账户 member. */
        SHOW_QR,
        /** 参保信息查询 (亲情代办, 亲情账户). */
        VIEW_INSURANCE,
        /** A member's yearly medical costs (亲情账户). */
        VIEW_COSTS,
        /** 城乡居民参保登记 for the member (亲情代办). */
        ENROLL,
        /** 异地就医备案 and its 撤销 (亲情代办). */
        REMOTE_CARE
    }

    /** True when the account's own verified person is {@code personId}, or a binding grants the action. */
    boolean may(long accountId, Action action, long personId);

    /** The other persons the account may do the action for (not the account's own person). */
    List<Long> personsFor(long accountId, Action action);

    /**
     * A member a 亲情代办 binding lets the account act for, by the name and ID number the binding holds: also a child
     * Yibao does not insure yet (bound by the 未办理身份证 route; {@code personId} null until insured).
     */
    record Member(long bindingId, @Nullable Long personId, String name, String idNumber) {
    }

    /** The members the account's 亲情代办 bindings let it do the action for, oldest binding first. */
    List<Member> proxyMembersFor(long accountId, Action action);
}
