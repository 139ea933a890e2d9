package org.yibao.settlement.institution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.RoundTrips;

/** The visits (就诊) institutions register: outpatient visits, inpatient stays and pharmacy purchases. */
@Component
class Visits {

    static final String REGISTERED = "REGISTERED";
    static final String CANCELLED = "CANCELLED";
    static final String IN_HOSPITAL = "IN_HOSPITAL";
    static final String DISCHARGED = "DISCHARGED";
    static final String SETTLED = "SETTLED";

    private static final String COLUMNS = """
            select mdtrt_id, institution_code, person_id, insutype, med_type, region_code, mdtrt_cert_type, status,
                   created_msgid from settlement_visit""";

    private static final String CREATE = """
            insert into settlement_visit (mdtrt_id, institution_code, person_id, insutype, med_type, region_code,
                mdtrt_cert_type, ipt_otp_no, dept_name, begntime, status, created_msgid)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (institution_code, ipt_otp_no) where not cancelled do nothing""";
    private static final String DISCHARGED_UNSETTLED =
            "select mdtrt_id from settlement_visit where person_id = ? and open_stay and status = 'DISCHARGED'";
    private static final String LOCK_OWNED = COLUMNS + " where mdtrt_id = ? and institution_code = ? for update";

    private final JdbcClient jdbc;
    private final RoundTrips roundTrips;

    Visits(JdbcClient jdbc, RoundTrips roundTrips) {
        this.jdbc = jdbc;
        this.roundTrips = roundTrips;
    }

    record Visit(String mdtrtId, String institutionCode, long personId, String insutype, String medType,
                 String regionCode, String certType, String status, String createdMsgid) {
    }

    record NewVisit(String mdtrtId, String institutionCode, long personId, String insutype, String medType,
                    String regionCode, String certType, @Nullable String iptOtpNo, @Nullable String deptName,
                    OffsetDateTime begntime, String status, String msgid) {
    }

    /**
     * Creates the visit unless the institution already has a live visit with its 门诊/住院号, as a statement to send
     * with others; it answers 1 when the visit was created, 0 (and nothing created) when the number is in use. The
     * unique index on live numbers decides, also between simultaneous registrations; a visit without a number (a
     * pharmacy's purchase) is always created.
     */
    static RoundTrips.Sql<Integer> create(NewVisit v) {
        return RoundTrips.Sql.update(CREATE, v.mdtrtId(), v.institutionCode(), v.personId(),
                v.insutype(), v.medType(), v.regionCode(), v.certType(), v.iptOtpNo(), v.deptName(), v.begntime(),
                v.status(), v.msgid());
    }

    /**
     * The institution's visit, locked until the transaction ends, in one of the expected states; a visit of
     * another institution is refused exactly like one that does not exist.
     */
    Visit lockOwned(String mdtrtId, String institutionCode, long personId, Set<String> states) {
        return owned(roundTrips.run(lock(mdtrtId, institutionCode)), mdtrtId, personId, states);
    }

    /** The visit, locked until the transaction ends, or null; {@link #owned} says whether the caller may use it. */
    static RoundTrips.Sql<Visit> lock(String mdtrtId, String institutionCode) {
        return RoundTrips.Sql.query(LOCK_OWNED, rs -> rs.next() ? visit(rs, 0) : null, mdtrtId, institutionCode);
    }

    /**
     * The rule of every transaction on an existing visit: it must exist at this institution, be the person's and be
     * in one of the states the transaction accepts.
     */
    static Visit owned(@Nullable Visit v, String mdtrtId, long personId, Set<String> states) {
        if (v == null) {
            throw new FsiRefusal("就诊ID mdtrt_id[" + mdtrtId + "]不存在或不属于本机构");
        }
        if (v.personId() != personId) {
            throw new FsiRefusal("就诊ID mdtrt_id[" + mdtrtId + "]不属于人员编号psn_no[" + personId + "]");
        }
        if (!states.contains(v.status())) {
            throw new FsiRefusal("就诊ID mdtrt_id[" + mdtrtId + "]当前状态为" + StatusNames.of(v.status()) + "，不能办理此交易");
        }
        return v;
    }

    Optional<Visit> createdBy(String institutionCode, String msgid) {
        return jdbc.sql(COLUMNS + " where institution_code = ? and created_msgid = ?")
                .params(institutionCode, msgid).query(Visits::visit).optional();
    }

    /**
     * An inpatient stay of the person that was discharged but not settled yet, anywhere, as a statement to send with
     * others; it reads the stay's mdtrt_id or null.
     */
    static RoundTrips.Sql<String> dischargedUnsettled(long personId) {
        return RoundTrips.Sql.query(DISCHARGED_UNSETTLED, rs -> rs.next() ? rs.getString(1) : null, personId);
    }

    /** The person's stay that is admitted or discharged and not settled yet, at any institution. */
    Optional<Visit> openStay(long personId) {
        return jdbc.sql(COLUMNS + " where person_id = ? and open_stay limit 1")
                .param(personId).query(Visits::visit).optional();
    }

    void status(String mdtrtId, String status) {
        jdbc.sql("update settlement_visit set status = ? where mdtrt_id = ?").params(status, mdtrtId).update();
    }

    void diagnose(String mdtrtId, String medType, @Nullable String diseCodg, @Nullable String diseName) {
        jdbc.sql("update settlement_visit set med_type = ?, dise_codg = ?, dise_name = ? where mdtrt_id = ?")
                .params(medType, diseCodg, diseName, mdtrtId).update();
    }

    /** 出院撤销: the stay is in hospital again and has no end. */
    void readmit(String mdtrtId) {
        jdbc.sql("update settlement_visit set status = 'IN_HOSPITAL', endtime = null where mdtrt_id = ?")
                .param(mdtrtId).update();
    }

    void discharge(String mdtrtId, OffsetDateTime endtime) {
        jdbc.sql("update settlement_visit set status = 'DISCHARGED', endtime = ? where mdtrt_id = ?")
                .params(endtime, mdtrtId).update();
    }

    private static Visit visit(ResultSet rs, int n) throws SQLException {
        return new Visit(rs.getString("mdtrt_id"), rs.getString("institution_code"), rs.getLong("person_id"),
                rs.getString("insutype"), rs.getString("med_type"), rs.getString("region_code"),
                rs.getString("mdtrt_cert_type"), rs.getString("status"), rs.getString("created_msgid"));
    }

    /** Visit states as institutions read them in refusals. */
    static final class StatusNames {
        private StatusNames() {
        }

        static String of(String status) {
            return switch (status) {
                case REGISTERED -> "已登记";
                case CANCELLED -> "已撤销";
                case IN_HOSPITAL -> "在院";
                case DISCHARGED -> "已出院";
                default -> "已结算";
            };
        }
    }
}
