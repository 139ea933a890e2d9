package org.yibao.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yibao.bench.BenchPeople.Person;
import tools.jackson.databind.JsonNode;

/**
 * What {@link FailoverBenchmark} checks on the new primary once the load is over: every settlement answered infcode
 * 0 is there and whole (its row SETTLED for its visit with the amounts answered, its answer stored under its msgid),
 * no visit of the run is settled twice and no settlement is there that nobody was answered for, and each bench
 * account's journal sums to its balance, as do the settlements it paid.
 */
final class FailoverCheck {

    /** The opening balance of a bench account (1 000.00, made without a journal line by {@link BenchPeople}). */
    private static final long OPENING_FEN = 100_000;

    private FailoverCheck() {
    }

    /** A settlement answered infcode 0: its msgid, visit, person and the answer's {@code setlinfo}. */
    record Answered(String msgid, String mdtrtId, long personId, JsonNode setlinfo) {
        String setlId() {
            return setlinfo.get("setl_id").asString();
        }
    }

    record Result(int present, List<String> lost, int doubled, int accounts, int journalMismatches,
                  int settlementMismatches) {
    }

    static Result on(String jdbcUrl, String user, List<Answered> answered, List<Person> people) throws Exception {
        try (Connection c = BenchPeople.connect(jdbcUrl, user)) {
            Map<String, Row> rows = rows(c, answered);
            List<String> lost = new ArrayList<>();
            for (Answered a : answered) {
                Row row = rows.get(a.setlId());
                String wrong = row == null ? "missing" : row.differsFrom(a);
                if (wrong != null) {
                    lost.add(a.setlId() + " (msgid " + a.msgid() + "): " + wrong);
                }
            }
            Long[] ids = people.stream().map(Person::id).toArray(Long[]::new);
            int doubled = count(c, """
                    select count(*) from (select mdtrt_id from settlement_settlement where person_id = any(?)
                        group by mdtrt_id having count(*) > 1) twice""", ids)
                    + count(c, "select count(*) from settlement_settlement where person_id = any(?) and setl_id <> all(?)",
                    ids, answered.stream().map(Answered::setlId).toArray(String[]::new));
            int accounts = count(c, "select count(*) from account_personal where person_id = any(?)", ids);
            int journals = count(c, """
                    select count(*) from account_personal a where a.person_id = any(?) and a.balance_fen <> %d
                        + coalesce((select sum(j.amount_fen) from account_journal j
                                    where j.person_id = a.person_id and j.ledger = 'PERSONAL'), 0)""".formatted(OPENING_FEN),
                    ids);
            int settlements = count(c, """
                    select count(*) from account_personal a where a.person_id = any(?) and a.balance_fen <> %d
                        - coalesce((select sum(s.acct_pay) from settlement_settlement s
                                    where s.person_id = a.person_id and s.status = 'SETTLED'), 0)
                        - coalesce((select sum(s.acct_mulaid_pay) from settlement_settlement s
                                    where s.mulaid_payer_person = a.person_id and s.status = 'SETTLED'), 0)"""
                    .formatted(OPENING_FEN), ids);
            return new Result(answered.size() - lost.size(), lost, doubled, accounts, journals, settlements);
        }
    }

    /** A settlement as stored: its visit, status, amounts in fen, and whether its msgid's stored answer names it. */
    private record Row(String mdtrtId, String status, long medfee, long fund, long acct, long mulaid, long cash,
                       boolean answerStored) {

        /** What differs from the answer, or null when the row is whole. */
        String differsFrom(Answered a) {
            JsonNode s = a.setlinfo();
            if (!mdtrtId.equals(a.mdtrtId()) || !"SETTLED".equals(status)) {
                return "visit " + mdtrtId + " status " + status;
            }
            if (medfee != fen(s, "medfee_sumamt") || fund != fen(s, "fund_pay_sumamt") || acct != fen(s, "acct_pay")
                    || mulaid != fen(s, "acct_mulaid_pay") || cash != fen(s, "psn_cash_pay")) {
                return "amounts differ from the answer";
            }
            return answerStored ? null : "answer not stored under its msgid";
        }

        private static long fen(JsonNode setlinfo, String field) {
            return new BigDecimal(setlinfo.path(field).asString("0")).movePointRight(2).longValueExact();
        }
    }

    private static Map<String, Row> rows(Connection c, List<Answered> answered) throws Exception {
        Map<String, Row> rows = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                with a (setl, msgid) as (select * from unnest(?::text[], ?::text[]))
                select s.setl_id, s.mdtrt_id, s.status, s.medfee_sumamt, s.fund_pay_sumamt, s.acct_pay,
                       s.acct_mulaid_pay, s.psn_cash_pay,
                       exists (select 1 from settlement_message m where m.institution_code = ? and m.msgid = a.msgid
                                 and m.succeeded and m.infno = '2207'
                                 and s.medins_setl_id = m.msgid)
                from a join settlement_settlement s on s.setl_id = a.setl""")) {
            ps.setArray(1, c.createArrayOf("text", answered.stream().map(Answered::setlId).toArray(String[]::new)));
            ps.setArray(2, c.createArrayOf("text", answered.stream().map(Answered::msgid).toArray(String[]::new)));
            ps.setString(3, InstitutionClient.INSTITUTION);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new Row(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getBoolean(9)));
                }
            }
        }
        return rows;
    }

    private static int count(Connection c, String sql, Object[]... arrays) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < arrays.length; i++) {
                Object[] values = arrays[i];
                ps.setArray(i + 1, c.createArrayOf(values instanceof Long[] ? "bigint" : "varchar", values));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
