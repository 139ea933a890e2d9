package org.yibao.family.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.PersonAccess;
import org.yibao.identity.CitizenAccounts;

/**
 * The one answer to whether this account may do this for that person: its own verified person always; a 亲情账户 member
 * for showing the e-voucher, the yearly costs and the insurance; a 亲情代办 member for the insurance, the resident
 * enrollment and 异地就医备案. 家庭共济 grants no acting rights: it only lets an account pay.
 */
@Component
class FamilyPersonAccess implements PersonAccess {

    private static final Set<Action> FAMILY_ACCOUNT = Set.of(Action.SHOW_QR, Action.VIEW_COSTS, Action.VIEW_INSURANCE);
    private static final Set<Action> PROXY = Set.of(Action.VIEW_INSURANCE, Action.ENROLL, Action.REMOTE_CARE);

    private final JdbcClient jdbc;
    private final CitizenAccounts accounts;

    FamilyPersonAccess(JdbcClient jdbc, CitizenAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public boolean may(long accountId, Action action, long personId) {
        boolean self = accounts.find(accountId).map(a -> a.personId() != null && a.personId() == personId).orElse(false);
        return self || personsFor(accountId, action).contains(personId);
    }

    @Override
    public List<Long> personsFor(long accountId, Action action) {
        List<Long> out = new ArrayList<>();
        if (FAMILY_ACCOUNT.contains(action)) {
            out.addAll(active("family_account_member", "owner_account", accountId));
        }
        if (PROXY.contains(action)) {
            active("family_proxy_member", "proxy_account", accountId).stream().filter(p -> !out.contains(p)).forEach(out::add);
        }
        return List.copyOf(out);
    }

    @Override
    public List<Member> proxyMembersFor(long accountId, Action action) {
        if (!PROXY.contains(action)) {
            return List.of();
        }
        return jdbc.sql("""
                select m.id, m.member_person, coalesce(p.name, m.member_name) as name,
                       coalesce(p.id_number, m.member_id_number) as id_number
                from family_proxy_member m left join insured_person p on p.id = m.member_person
                where m.proxy_account = ? and m.status = 'ACTIVE' order by m.bound_at, m.id""")
                .param(accountId).query((rs, n) -> new Member(rs.getLong("id"), (Long) rs.getObject("member_person"),
                        rs.getString("name"), rs.getString("id_number"))).list();
    }

    /** The insured members of the account's active bindings (a child bound before being insured has none yet). */
    private List<Long> active(String table, String ownerColumn, long accountId) {
        return jdbc.sql("select member_person from " + table + " where " + ownerColumn
                        + " = ? and status = 'ACTIVE' and member_person is not null order by id")
                .param(accountId).query(Long.class).list();
    }
}
