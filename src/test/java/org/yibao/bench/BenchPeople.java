package org.yibao.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yibao.common.IdNumber;

/**
 * The insured persons the benchmarks settle for: made directly in the database of the Yibao under test (a city's mix
 * of employees, retirees and residents of 保定, each with an active e-voucher), shared by {@link SettlementBenchmark}
 * and {@link FailoverBenchmark}.
 */
final class BenchPeople {

    private BenchPeople() {
    }

    /** A bench person: the ID number, the internal id the QR code carries, and how the person is insured and pays. */
    record Person(String idNumber, long id, Group group) {
    }

    /**
     * How a bench person is insured and pays the personal part of a settlement: employees and retirees from their own
     * personal account (the ledger on the path), residents in cash, and residents whose part an employee relative's
     * account pays (家庭共济).
     */
    enum Group {
        EMPLOYEE("职工 个人账户", "310", "1101", "1"),
        RETIREE("退休 个人账户", "310", "1201", "1"),
        RESIDENT("居民 现金", "390", "1501", "0"),
        MUTUAL_AID("居民 家庭共济", "390", "1501", "1");

        final String label;
        final String insutype;
        final String psnType;
        final String acctUsedFlag;

        Group(String label, String insutype, String psnType, String acctUsedFlag) {
            this.label = label;
            this.insutype = insutype;
            this.psnType = psnType;
            this.acctUsedFlag = acctUsedFlag;
        }

        /**
         * The group of the i-th person. The city mix, per 20 persons: 7 employees (slot 0 is the 共济 authorizer of
         * slots 18 and 19), 3 retirees, 8 residents paying cash, 2 residents paid for by 共济; the resident mix is the
         * benchmark's population before (residents only, cash).
         */
        static Group of(int i, boolean residentsOnly) {
            int slot = i % 20;
            if (residentsOnly) {
                return RESIDENT;
            }
            return slot < 7 ? EMPLOYEE : slot < 10 ? RETIREE : slot < 18 ? RESIDENT : MUTUAL_AID;
        }
    }

    /**
     * Insured persons of 保定 made for the benchmark, in the groups of {@link Group}, each with a valid ID number and
     * an active e-voucher (the password is never asked by ec.query, so it is a placeholder); employees and retirees
     * with a personal account of 1 000.00, residents paid for by 共济 bound to an employee of their block. Answers
     * them in order.
     */
    static List<Person> createPeople(String jdbcUrl, String user, int count, boolean residentsOnly)
            throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = connect(jdbcUrl, user)) {
            c.setAutoCommit(false);
            try (PreparedStatement person = c.prepareStatement("""
                    insert into insured_person (id_number, name, gender, birth_date) values (?, '测试', '1', ?)
                    on conflict (id_number) do nothing""");
                 PreparedStatement period = c.prepareStatement("""
                    insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date)
                    select id, '130600', ?, ?, '1', date '2015-01-01' from insured_person where id_number = ?
                    on conflict do nothing""");
                 PreparedStatement evoucher = c.prepareStatement("""
                    insert into voucher_evoucher (person_id, status, password_hash, activated_at)
                    select id, 'ACTIVE', 'bench-not-a-password', now() from insured_person where id_number = ?
                    on conflict do nothing""");
                 PreparedStatement channel = c.prepareStatement("""
                    insert into voucher_activation_channel (person_id, channel, activated_at)
                    select id, 'NHSA_APP', now() from insured_person where id_number = ?
                    on conflict do nothing""");
                 PreparedStatement account = c.prepareStatement("""
                    insert into account_personal (person_id, region_code, balance_fen, opened_at, updated_at)
                    select id, '130600', 100000, now(), now() from insured_person where id_number = ?
                    on conflict do nothing""");
                 PreparedStatement mutualAid = c.prepareStatement("""
                    insert into family_mutual_aid (authorizer_person, beneficiary_person, relationship, commitment,
                        signature_png, signature_sha256, created_by_account, bound_at)
                    select a.id, b.id, 'SPOUSE', 'bench', '\\x00', repeat('0', 64), 0, now()
                    from insured_person a, insured_person b where a.id_number = ? and b.id_number = ?
                      and not exists (select 1 from family_mutual_aid m where m.beneficiary_person = b.id)""")) {
                for (int i = 0; i < count; i++) {
                    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(i % 20_000);
                    String first17 = "130602" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                            + String.format("%03d", 100 + (i / 20_000) % 800);
                    String id = first17 + IdNumber.checkCharacter(first17);
                    Group group = Group.of(i, residentsOnly);
                    person.setString(1, id);
                    person.setObject(2, birth);
                    person.addBatch();
                    period.setString(1, group.insutype);
                    period.setString(2, group.psnType);
                    period.setString(3, id);
                    period.addBatch();
                    for (PreparedStatement st : List.of(evoucher, channel)) {
                        st.setString(1, id);
                        st.addBatch();
                    }
                    if (group == Group.EMPLOYEE || group == Group.RETIREE) {
                        account.setString(1, id);
                        account.addBatch();
                    }
                    if (group == Group.MUTUAL_AID) {
                        mutualAid.setString(1, ids.get(i - i % 20));
                        mutualAid.setString(2, id);
                        mutualAid.addBatch();
                    }
                    ids.add(id);
                }
                for (PreparedStatement st : List.of(person, period, evoucher, channel, account, mutualAid)) {
                    st.executeBatch();
                }
            }
            Map<String, Person> made = new java.util.HashMap<>();
            try (PreparedStatement find = c.prepareStatement("""
                    select distinct on (p.id) p.id_number, p.id, i.insutype, i.psn_type,
                        exists (select 1 from family_mutual_aid m where m.beneficiary_person = p.id and m.ended_at is null)
                    from insured_person p join insured_period i on i.person_id = p.id where p.id_number = any(?)""")) {
                find.setArray(1, c.createArrayOf("varchar", ids.toArray()));
                try (ResultSet rs = find.executeQuery()) {
                    while (rs.next()) {
                        made.put(rs.getString(1), new Person(rs.getString(1), rs.getLong(2),
                                groupOf(rs.getString(3), rs.getString(4), rs.getBoolean(5))));
                    }
                }
            }
            List<Person> people = ids.stream().map(made::get).toList();
            c.commit();
            return people;
        }
    }

    /** The group a person made by an earlier run against the same database is in. */
    private static Group groupOf(String insutype, String psnType, boolean mutualAid) {
        if ("390".equals(insutype)) {
            return mutualAid ? Group.MUTUAL_AID : Group.RESIDENT;
        }
        return psnType.startsWith("12") ? Group.RETIREE : Group.EMPLOYEE;
    }

    static Connection connect(String jdbcUrl, String user) throws Exception {
        return DriverManager.getConnection(jdbcUrl, user, System.getenv().getOrDefault("PGPASSWORD", ""));
    }
}
