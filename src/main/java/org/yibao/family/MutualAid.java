package org.yibao.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.IdNumber;
import org.yibao.common.InputErrors;
import org.yibao.common.PersonId;
import org.yibao.common.Problem;
import org.yibao.common.RoundTrips;
import org.yibao.common.Upload;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;

/**
 * 家庭共济 (seeds 001 §三.2, 002): an employee authorizes close relatives to use their personal account. A person
 * belongs to at most one authorizer's group. Other modules ask {@link #payersFor} (or send {@link #payersOf}) who pays for a person, in which
 * order: the person's own account first, the authorizer's only after it (the account and settlement modules
 * apply: own balance first, 共济 only when it is zero).
 */
@Service
public class MutualAid {

    private static final String COLUMNS = """
            b.id, b.authorizer_person, a.name as authorizer_name, b.beneficiary_person, p.name, p.id_number,
            b.relationship, b.commitment, b.bound_at
            from family_mutual_aid b join insured_person a on a.id = b.authorizer_person
            join insured_person p on p.id = b.beneficiary_person""";

    private final JdbcClient jdbc;
    private final MemberLookup lookup;
    private final InsuredPersons persons;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;
    private final RoundTrips roundTrips;

    MutualAid(JdbcClient jdbc, MemberLookup lookup, InsuredPersons persons, MessageSource messages, AuditTrail audit,
              Clock clock, RoundTrips roundTrips) {
        this.roundTrips = roundTrips;
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.persons = persons;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account's person as an authorizer: eligible when {@code refusalCode} is null. */
    public record Authorizer(InsuredPerson person, @Nullable String refusalCode) {
        public boolean eligible() {
            return refusalCode == null;
        }
    }

    /** The relative as the system found them, and the commitment the authorizer is to sign. */
    public record Preview(InsuredPerson beneficiary, Relationship relationship, String commitment) {
        public String maskedName() {
            return beneficiary.maskedName();
        }
    }

    public Authorizer authorizer(long accountId) {
        InsuredPerson me = lookup.owner(accountId);
        return new Authorizer(me, MutualAidRules.authorizer(persons.periods(me.id())).orElse(null));
    }

    /** Looks the relative up and checks every rule; answers the commitment text, or refuses with the reason. */
    public Preview preview(long accountId, MemberForm form) {
        Authorizer authorizer = authorizer(accountId);
        if (!authorizer.eligible()) {
            throw new BusinessException(Problem.CONFLICT, authorizer.refusalCode());
        }
        InputErrors errors = new InputErrors();
        MemberLookup.Typed typed = lookup.typed(errors, form);
        errors.throwIfAny();
        InsuredPerson me = authorizer.person();
        InsuredPerson relative = lookup.member(typed, MutualAidRules.NOT_INSURED, me.id());
        String region = MutualAidRules.authorizerRegion(persons.periods(me.id())).orElseThrow();
        MutualAidRules.beneficiary(region, typed.relationship(), persons.periods(relative.id())).ifPresent(code -> {
            throw new BusinessException(Problem.CONFLICT, code);
        });
        if (authorizerOf(relative.id()).isPresent()) {
            throw new BusinessException(Problem.CONFLICT, "MUTUAL_AID_ALREADY_BOUND");
        }
        return new Preview(relative, typed.relationship(), commitment(me, relative, typed.relationship()));
    }

    /** 添加亲属: checks everything again, then binds with the commitment and the drawn signature (PNG). */
    @Transactional
    public long bind(long accountId, MemberForm form, byte @Nullable [] signaturePng, AuditTrail.Channel channel) {
        Optional<String> badSignature = SignatureImage.refusal(signaturePng);
        Preview preview = preview(accountId, form);
        if (badSignature.isPresent()) {
            throw BusinessException.invalid("signature", badSignature.get());
        }
        long authorizer = lookup.owner(accountId).id();
        long id;
        try {
            id = jdbc.sql("""
                    insert into family_mutual_aid (authorizer_person, beneficiary_person, relationship, commitment,
                                                   signature_png, signature_sha256, created_by_account, bound_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(authorizer, preview.beneficiary().id(), preview.relationship().name(), preview.commitment(),
                            signaturePng, Upload.sha256(signaturePng), accountId, OffsetDateTime.now(clock))
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new BusinessException(Problem.CONFLICT, "MUTUAL_AID_ALREADY_BOUND");
        }
        audit.record(FamilyAccounts.actor(accountId), FamilyAccounts.person(preview.beneficiary().id()),
                "MUTUAL_AID_BOUND", channel, "authorizer person:" + authorizer);
        return id;
    }

    /** 解绑: the authorizer ends a binding of their group. */
    @Transactional
    public void unbind(long accountId, long bindingId, AuditTrail.Channel channel) {
        MutualAidBinding b = binding(accountId, bindingId);
        jdbc.sql("update family_mutual_aid set ended_at = ? where id = ? and ended_at is null")
                .params(OffsetDateTime.now(clock), bindingId).update();
        audit.record(FamilyAccounts.actor(accountId), FamilyAccounts.person(b.beneficiaryPersonId()),
                "MUTUAL_AID_UNBOUND", channel, "authorizer person:" + b.authorizerPersonId());
    }

    /** The relatives the account's person authorized, oldest first. */
    public List<MutualAidBinding> bindings(long accountId) {
        return jdbc.sql("select " + COLUMNS + " where b.authorizer_person = ? and b.ended_at is null order by b.bound_at, b.id")
                .param(lookup.owner(accountId).id()).query(MutualAid::row).list();
    }

    /** One binding of the account's person as authorizer; anyone else's answers NOT_FOUND. */
    public MutualAidBinding binding(long accountId, long bindingId) {
        return jdbc.sql("select " + COLUMNS + " where b.id = ? and b.authorizer_person = ? and b.ended_at is null")
                .params(bindingId, lookup.owner(accountId).id()).query(MutualAid::row).optional()
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "MUTUAL_AID_NOT_FOUND"));
    }

    /** The signature stored with a binding of the account's person, verified against its checksum. */
    public Optional<byte[]> signature(long accountId, long bindingId) {
        binding(accountId, bindingId);
        return jdbc.sql("select signature_png, signature_sha256 from family_mutual_aid where id = ?").param(bindingId)
                .query((rs, n) -> Upload.sha256(rs.getBytes(1)).equals(rs.getString(2)) ? rs.getBytes(1) : null)
                .optional();
    }

    /** The group the person benefits from, if any (as beneficiary). */
    public Optional<MutualAidBinding> groupOf(long personId) {
        return jdbc.sql("select " + COLUMNS + " where b.beneficiary_person = ? and b.ended_at is null")
                .param(personId).query(MutualAid::row).optional();
    }

    public Optional<Long> authorizerOf(long personId) {
        return groupOf(personId).map(MutualAidBinding::authorizerPersonId);
    }

    /** Whose personal accounts may pay for the person, in order: the person's own, then the authorizer's. */
    public List<Long> payersFor(long personId) {
        return roundTrips.run(payersOf(new PersonId(personId)));
    }

    /** {@link #payersFor} as a statement to send with others ({@link RoundTrips}), e.g. with a settlement's reads. */
    public static RoundTrips.Sql<List<Long>> payersOf(PersonId person) {
        return RoundTrips.Sql.query("""
                select authorizer_person from family_mutual_aid where beneficiary_person = ? and ended_at is null""",
                rs -> {
                    List<Long> payers = new ArrayList<>(List.of(person.value()));
                    if (rs.next()) {
                        payers.add(rs.getLong(1));
                    }
                    return List.copyOf(payers);
                }, person.value());
    }

    /** The persons the authorizer's personal account may pay for. */
    public List<Long> beneficiariesOf(long authorizerPersonId) {
        return jdbc.sql("select beneficiary_person from family_mutual_aid where authorizer_person = ? and ended_at is null order by id")
                .param(authorizerPersonId).query(Long.class).list();
    }

    private String commitment(InsuredPerson me, InsuredPerson relative, Relationship relationship) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String relation = messages.getMessage("family.relationship." + relationship.name(), null, zh);
        return messages.getMessage("mutualAid.commitment.text", new Object[]{me.name(), me.idNumber().masked(), relation,
                relative.maskedName(), relative.idNumber().masked()}, zh);
    }

    private static MutualAidBinding row(ResultSet rs, int n) throws SQLException {
        return new MutualAidBinding(rs.getLong("id"), rs.getLong("authorizer_person"), rs.getString("authorizer_name"),
                rs.getLong("beneficiary_person"), rs.getString("name"), new IdNumber(rs.getString("id_number")),
                Relationship.valueOf(rs.getString("relationship")), rs.getString("commitment"),
                rs.getObject("bound_at", OffsetDateTime.class));
    }
}
