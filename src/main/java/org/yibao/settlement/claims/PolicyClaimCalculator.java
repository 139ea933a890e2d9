package org.yibao.settlement.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Money;
import org.yibao.common.PersonId;
import org.yibao.common.Problem;
import org.yibao.common.RoundTrips;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuranceStatus;
import org.yibao.insured.InsuredPersons;
import org.yibao.service.ClaimCalculator;
import org.yibao.settlement.ManualClaims;
import org.yibao.settlement.policy.Accumulators;

/**
 * 零星报销 computed and recorded like a direct settlement, through {@link ManualClaims}: the person's coverage on
 * the day, the region's parameters for the year, med_type and the institution's level (level 1 in the insured
 * region for an institution outside the catalog), the 异地 rule, the catalog's classes and price caps, the three
 * layers (基本医保, 大病保险 or 职工大额, 医疗救助) and the accumulators of the year so far. A recorded claim is
 * reversed exactly: its settlement marked reversed and what it added to each accumulator taken back.
 */
@Component
class PolicyClaimCalculator implements ClaimCalculator {

    private static final String PREFIX = "CLAIM:";

    private final ManualClaims claims;
    private final InsuredPersons persons;
    private final Accumulators accumulators;
    private final RoundTrips roundTrips;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PolicyClaimCalculator(ManualClaims claims, InsuredPersons persons, Accumulators accumulators, RoundTrips roundTrips,
                          JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.roundTrips = roundTrips;
        this.claims = claims;
        this.persons = persons;
        this.accumulators = accumulators;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Split trial(Claim claim) {
        return split(claims.trial(manual(claim)));
    }

    @Override
    public Recorded record(Claim claim, String reference, String clerkLogin) {
        ManualClaims.RecordedClaim r = claims.record(manual(claim), reference, clerkLogin);
        return new Recorded(r.setlId(), split(r.result()));
    }

    @Override
    @Transactional
    public boolean reverse(String reference, String clerkLogin) {
        record Row(String setlId, long personId) {
        }
        Optional<Row> row = jdbc.sql("""
                select setl_id, person_id from settlement_settlement where medins_setl_id = ? and status = 'SETTLED'
                  and medins_setl_id like 'CLAIM:%' for update""").param(PREFIX + reference)
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2))).optional();
        if (row.isEmpty()) {
            return false;
        }
        roundTrips.run(Accumulators.lock(new PersonId(row.get().personId())));
        accumulators.reverseSettlement(row.get().setlId());
        jdbc.sql("update settlement_settlement set status = 'REVERSED', reversed_at = ? where setl_id = ?")
                .params(OffsetDateTime.now(clock), row.get().setlId()).update();
        audit.record(clerkLogin, "person:" + row.get().personId(), "CLAIM_REVERSED", AuditTrail.Channel.STAFF,
                row.get().setlId() + " " + reference);
        return true;
    }

    @Override
    public boolean settledDirectly(long personId, String institutionCode, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select exists (select 1 from settlement_settlement where person_id = ? and institution_code = ?
                    and status = 'SETTLED' and coalesce(medins_setl_id, '') not like 'CLAIM:%'
                    and (setl_time at time zone 'Asia/Shanghai')::date between ? and ?)""")
                .params(personId, institutionCode, from, to).query(Boolean.class).single();
    }

    /** The claim as ManualClaims takes it; an institution outside the catalog counts as level 1 at home. */
    private ManualClaims.Claim manual(Claim claim) {
        String home = claim.institutionCode() != null ? null : persons.periods(claim.personId()).stream()
                .filter(p -> p.status() == InsuranceStatus.NORMAL).map(InsurancePeriod::regionCode).findFirst()
                .orElseThrow(() -> new BusinessException(Problem.CONFLICT, "SERVICE_NOT_INSURED"));
        List<ManualClaims.Item> items = claim.items().stream()
                .map(i -> new ManualClaims.Item(i.code(), i.quantity(), i.unitPrice())).toList();
        return new ManualClaims.Claim(claim.personId(), claim.institutionCode(), 1, home, claim.medType(),
                claim.date(), items, null);
    }

    private static Split split(ManualClaims.ClaimResult r) {
        Money base = r.inscpScpAmt().minus(r.actPayDedc());
        BigDecimal ratio = base.compareTo(Money.ZERO) <= 0 ? BigDecimal.ZERO
                : r.hifpPay().yuan().divide(base.yuan(), 4, RoundingMode.HALF_UP);
        return new Split(r.medfeeSumamt(), r.fulamtOwnpayAmt(), r.overlmtSelfpay(), r.preselfpayAmt(),
                r.inscpScpAmt(), r.actPayDedc(), r.fundPaySumamt(), r.psnPartAmt(), ratio, r.explanation(),
                r.lines().stream().map(l -> new Line(l.fundPayType(), l.fundPayamt())).toList());
    }
}
