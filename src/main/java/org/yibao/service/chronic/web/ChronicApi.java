package org.yibao.service.chronic.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.service.Application;
import org.yibao.service.ChronicQualifications;
import org.yibao.service.chronic.AssessingHospitals;
import org.yibao.service.chronic.ChronicApplications;
import org.yibao.service.chronic.QualificationLookup;
import org.yibao.service.chronic.SpecialType;

/**
 * Citizen REST API of 门诊慢特病申报: the 认定医院 for a disease, the whole application in one JSON call (materials
 * as base64), all or nothing, and 资格查询.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "门诊慢特病 Chronic and special diseases")
class ChronicApi {

    private final ChronicApplications chronic;
    private final AssessingHospitals hospitals;
    private final QualificationLookup lookup;
    private final CurrentCitizen citizen;

    ChronicApi(ChronicApplications chronic, AssessingHospitals hospitals, QualificationLookup lookup,
               CurrentCitizen citizen) {
        this.chronic = chronic;
        this.hospitals = hospitals;
        this.lookup = lookup;
        this.citizen = citizen;
    }

    /** One 认定医院 with its 认定科室. */
    record HospitalView(String code, String name, @Nullable Integer level, List<String> departments) {
    }

    /** One material: kind DIAGNOSIS, MEDICAL_RECORD, EXAMINATION or OTHER; the file as base64. */
    record MaterialInput(String kind, @Nullable String fileName, String contentBase64) {
    }

    /** For another person: their ID number, phone and 6-digit e-voucher password. */
    record OtherInput(String idNumber, String phone, String evoucherPassword) {
    }

    /**
     * The application: kind CHRONIC (慢性病) or SPECIAL (特殊病); other absent for oneself; warmTipRead, consent and,
     * for a 特殊人员 (special true with specialType and specialReason), specialCommitment must be true.
     */
    record ApplicationInput(@Nullable String kind, @Nullable OtherInput other, @Nullable Boolean warmTipRead,
                            @Nullable Boolean special, @Nullable String specialType, @Nullable String specialReason,
                            @Nullable Boolean specialCommitment, @Nullable String diseaseCode,
                            @Nullable String hospitalCode, @Nullable String department, @Nullable String contactPhone,
                            @Nullable List<MaterialInput> materials, @Nullable Boolean consent) {
    }

    record ApplicationView(long id, String status, String personName, String personIdNumber, String regionCode,
                           String summary) {
        static ApplicationView of(Application a) {
            return new ApplicationView(a.id(), a.status().name(), a.maskedName(), a.maskedIdNumber(), a.regionCode(),
                    a.summary());
        }
    }

    record PersonView(long personId, String name, String idNumber, boolean own, List<QualificationView> qualifications) {
    }

    record QualificationView(String diseaseCode, String diseaseName, String status, String startsOn,
                             @Nullable String validUntil, @Nullable String hospitalName, @Nullable String department) {
        static QualificationView of(ChronicQualifications.Qualification q) {
            return new QualificationView(q.diseaseCode(), q.diseaseName(), q.status(), q.startsOn().toString(),
                    q.validUntil() == null ? null : q.validUntil().toString(), q.hospitalName(), q.department());
        }
    }

    @PostMapping(value = "/applications/chronic-disease", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "门诊慢特病申报 in one call: kind (CHRONIC or SPECIAL), other {idNumber, phone, "
            + "evoucherPassword} for another person, warmTipRead, special, specialType (RELOCATED, ELDERLY_OR_IMMOBILE, "
            + "REMOTE_RESIDENCE, OTHER), specialReason, specialCommitment, diseaseCode, hospitalCode, department, "
            + "contactPhone, materials [{kind: DIAGNOSIS, MEDICAL_RECORD, EXAMINATION or OTHER, fileName, "
            + "contentBase64}], consent (知情同意书). Refusals change nothing.")
    ApplicationView apply(@RequestBody ApplicationInput in) {
        SpecialType type = null;
        if (in.specialType() != null && !in.specialType().isBlank()) {
            type = ChronicViews.specialType(in.specialType());
            if (type == null) {
                throw BusinessException.invalid("specialType", "CHRONIC_SPECIAL_TYPE_REQUIRED");
            }
        }
        List<ChronicApplications.NewMaterial> materials = in.materials() == null ? List.of()
                : in.materials().stream().map(ChronicApi::decode).toList();
        ChronicApplications.OtherPerson other = in.other() == null ? null
                : new ChronicApplications.OtherPerson(in.other().idNumber(), in.other().phone(),
                in.other().evoucherPassword());
        long id = chronic.applyAtOnce(citizen.accountId(), new ChronicApplications.Complete(
                in.kind() == null ? "CHRONIC" : in.kind(), other, yes(in.warmTipRead()), yes(in.special()), type,
                in.specialReason(), yes(in.specialCommitment()), in.diseaseCode(), in.hospitalCode(), in.department(),
                in.contactPhone(), materials, yes(in.consent())), AuditTrail.Channel.API);
        return ApplicationView.of(chronic.own(citizen.accountId(), id));
    }

    @GetMapping("/chronic-disease/hospitals")
    @Operation(summary = "认定医院 of a pooling region (region) that may assess a disease (diseaseCode), with their "
            + "认定科室; an application naming another hospital for that disease is refused")
    List<HospitalView> hospitals(@RequestParam(required = false) @Nullable String region,
                                 @RequestParam(required = false) @Nullable String diseaseCode) {
        InputErrors errors = new InputErrors();
        String regionCode = errors.text("region", region, 6);
        String disease = errors.text("diseaseCode", diseaseCode, 6);
        errors.throwIfAny();
        return hospitals.forDisease(regionCode, disease).stream()
                .map(h -> new HospitalView(h.code(), h.name(), h.level(), h.departments())).toList();
    }

    @GetMapping("/chronic-qualifications")
    @Operation(summary = "资格查询: approved 门诊慢特病 of my person and of the persons I applied for")
    List<PersonView> qualifications() {
        return lookup.forAccount(citizen.accountId(), citizen.personId().orElse(null)).stream()
                .map(p -> new PersonView(p.personId(), p.name(), p.idNumber(), p.own(),
                        p.qualifications().stream().map(QualificationView::of).toList()))
                .toList();
    }

    private static boolean yes(@Nullable Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private static ChronicApplications.NewMaterial decode(MaterialInput m) {
        try {
            byte[] content = Base64.getMimeDecoder().decode(m.contentBase64() == null ? "" : m.contentBase64());
            return new ChronicApplications.NewMaterial(m.kind() == null ? "" : m.kind(), m.fileName(), content);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(m.kind() == null ? "materials" : m.kind(), "CHRONIC_MATERIAL_BASE64");
        }
    }
}
