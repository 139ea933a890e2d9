package org.yibao.fhir.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.yibao.catalog.PoolingRegion;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.PersonAccess;
import org.yibao.fhir.internal.FhirCaller.Kind;
import org.yibao.insured.InsuredPersons;
import org.yibao.settlement.Consumption;
import org.yibao.settlement.ConsumptionDetail;
import org.yibao.settlement.Consumptions;

/**
 * Who may read what, and the reads behind the person and settlement resources: a citizen reads their own records
 * and, masked, those of a person a binding lets them see (亲情账户, 亲情代办); an institution the persons and
 * settlements of its own visits; a clerk those of the region, an administrator all. Access is decided before a
 * record is looked up, so a refusal does not tell whether the record exists.
 */
@Service
public class FhirReads {

    private final InsuredPersons insured;
    private final Consumptions consumptions;
    private final PoolingRegions regions;
    private final PersonAccess access;
    private final MessageSource messages;

    FhirReads(InsuredPersons insured, Consumptions consumptions, PoolingRegions regions, PersonAccess access,
              MessageSource messages) {
        this.insured = insured;
        this.consumptions = consumptions;
        this.regions = regions;
        this.access = access;
        this.messages = messages;
    }

    public Patient patient(FhirCaller caller, long personId) {
        boolean masked = maskedSight(caller, personId, PersonAccess.Action.VIEW_INSURANCE);
        return insured.find(personId).map(p -> PersonResources.patient(p, masked))
                .orElseThrow(() -> FhirException.notFound("参保人不存在"));
    }

    public List<Coverage> coverages(FhirCaller caller, long personId) {
        maskedSight(caller, personId, PersonAccess.Action.VIEW_INSURANCE);
        Map<String, PoolingRegion> byCode = regions.byCode();
        return insured.periods(personId).stream().map(p -> PersonResources.coverage(personId, p, byCode)).toList();
    }

    public Coverage coverage(FhirCaller caller, long personId, String id) {
        return coverages(caller, personId).stream().filter(c -> c.getIdElement().getIdPart().equals(id)).findFirst()
                .orElseThrow(() -> FhirException.notFound("参保关系不存在"));
    }

    /** One settlement as the resource {@code type} (Claim, ClaimResponse, ExplanationOfBenefit). */
    public Resource settlement(FhirCaller caller, String type, String setlId) {
        ConsumptionDetail d = consumptions.detail(setlId).orElseThrow(() -> FhirException.notFound("结算记录不存在"));
        if (!maySee(caller, d.consumption())) {
            throw FhirException.forbidden("无权查看该结算记录");
        }
        return resource(type, d);
    }

    /** Settlements the caller may see, of {@code patient} when given, settled in {@code [from, to)}. */
    public List<Resource> settlements(FhirCaller caller, String type, @Nullable Long patient,
                                      @Nullable OffsetDateTime from, @Nullable OffsetDateTime to, int count, int offset) {
        Consumptions.Search search = switch (caller.kind()) {
            case CITIZEN -> {
                long me = verifiedPerson(caller);
                long subject = patient == null ? me : patient;
                if (subject != me && !access.may(Objects.requireNonNull(caller.accountId()),
                        PersonAccess.Action.VIEW_COSTS, subject)) {
                    throw FhirException.forbidden("无权查看该参保人的结算记录");
                }
                yield new Consumptions.Search(subject, null, null, from, to, count, offset);
            }
            case INSTITUTION -> new Consumptions.Search(patient, caller.institutionCode(), null, from, to, count, offset);
            case STAFF -> new Consumptions.Search(patient, null, caller.regionCode(), from, to, count, offset);
        };
        return consumptions.search(search).stream()
                .map(c -> consumptions.detail(c.setlId()).map(d -> resource(type, d)).orElse(null))
                .filter(Objects::nonNull).toList();
    }

    private Resource resource(String type, ConsumptionDetail d) {
        PoolingRegion region = regions.find(d.consumption().regionCode()).orElse(null);
        return switch (type) {
            case "Claim" -> SettlementResources.claim(d, region);
            case "ClaimResponse" -> SettlementResources.claimResponse(d, region, notes(d));
            default -> SettlementResources.eob(d, region, notes(d));
        };
    }

    /** The explanation in the words of the 消费详情 page, in Chinese. */
    private List<String> notes(ConsumptionDetail d) {
        return d.explanation().stream()
                .map(l -> messages.getMessage(l.key(), l.args().toArray(), Locale.SIMPLIFIED_CHINESE)).toList();
    }

    private boolean maySee(FhirCaller caller, Consumption c) {
        return switch (caller.kind()) {
            case CITIZEN -> {
                long me = verifiedPerson(caller);
                yield c.personId() == me || Long.valueOf(me).equals(c.mutualAidPayer())
                        || access.may(Objects.requireNonNull(caller.accountId()), PersonAccess.Action.VIEW_COSTS,
                        c.personId());
            }
            case INSTITUTION -> c.institutionCode().equals(caller.institutionCode());
            case STAFF -> caller.regionCode() == null || caller.regionCode().equals(c.regionCode());
        };
    }

    /**
     * Whether the caller sees the person's identifiers masked; refuses (403) a caller who may not see the person at
     * all. Only a citizen reading another person through a binding sees them masked.
     */
    private boolean maskedSight(FhirCaller caller, long personId, PersonAccess.Action action) {
        boolean allowed = switch (caller.kind()) {
            case CITIZEN -> verifiedPerson(caller) == personId
                    || access.may(Objects.requireNonNull(caller.accountId()), action, personId);
            case INSTITUTION -> !consumptions.search(new Consumptions.Search(personId, caller.institutionCode(), null,
                    null, null, 1, 0)).isEmpty();
            case STAFF -> caller.regionCode() == null
                    || insured.periods(personId).stream().anyMatch(p -> p.regionCode().equals(caller.regionCode()));
        };
        if (!allowed) {
            throw FhirException.forbidden("无权查看该参保人");
        }
        return caller.kind() == Kind.CITIZEN && !caller.isSelf(personId);
    }

    private static long verifiedPerson(FhirCaller caller) {
        if (caller.personId() == null) {
            throw FhirException.forbidden("请先完成实名认证");
        }
        return caller.personId();
    }
}
