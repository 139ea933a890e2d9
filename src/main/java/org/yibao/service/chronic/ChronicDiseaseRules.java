package org.yibao.service.chronic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.catalog.ChronicDisease;
import org.yibao.catalog.ChronicDiseaseCatalog;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;
import org.yibao.common.Masking;
import org.yibao.common.PhoneNumber;
import org.yibao.common.Problem;
import org.yibao.service.Application;
import org.yibao.service.ApplicationType;
import org.yibao.service.ApplicationTypeRules;
import org.yibao.service.ChronicQualifications;
import org.yibao.service.FormLine;
import org.yibao.service.Material;

/**
 * 门诊慢特病 on the common workflow. On submission: the disease is offered by the person's region and of the
 * kind applied for, not held already, not in another open application, the person is not banned, the hospital
 * and department are on the region's list, the hospital assesses the disease, the required materials are there,
 * and the texts were accepted (温馨提示 always, the 承诺书 for 特殊人员, the 知情同意书). Approval grants the
 * qualification from that day; a clerk's revocation cancels it. A clerk decides unless the region configured an
 * automatic rule.
 */
@Component
public class ChronicDiseaseRules implements ApplicationTypeRules {

    public static final int REASON_MAX = 200;

    private final ChronicDiseaseCatalog catalog;
    private final ChronicQualifications qualifications;
    private final QualificationRecords records;
    private final AssessingHospitals hospitals;
    private final MaterialRequirements requirements;
    private final ChronicBans bans;
    private final JdbcClient jdbc;

    ChronicDiseaseRules(ChronicDiseaseCatalog catalog, ChronicQualifications qualifications, QualificationRecords records,
                        AssessingHospitals hospitals, MaterialRequirements requirements, ChronicBans bans,
                        JdbcClient jdbc) {
        this.catalog = catalog;
        this.qualifications = qualifications;
        this.records = records;
        this.hospitals = hospitals;
        this.requirements = requirements;
        this.bans = bans;
        this.jdbc = jdbc;
    }

    @Override
    public ApplicationType type() {
        return ApplicationType.CHRONIC_DISEASE;
    }

    @Override
    public void checkSubmit(Application application, List<Material> materials, List<String> acceptedCommitments) {
        ChronicForm form = ChronicForm.read(application.formJson());
        if (!acceptedCommitments.contains(Commitments.WARM_TIP)) {
            throw BusinessException.invalid("warmTip", "CHRONIC_WARM_TIP_REQUIRED");
        }
        checkSpecial(form.special(), form.specialType(), form.specialReason(),
                acceptedCommitments.contains(Commitments.SPECIAL_COMMITMENT));
        checkAssessment(application, form.kind(), form.diseaseCode(), form.hospitalCode(), form.department(),
                form.contactPhone());
        checkMaterials(form, materials);
        if (!acceptedCommitments.contains(Commitments.CONSENT)) {
            throw BusinessException.invalid("consent", "CHRONIC_CONSENT_REQUIRED");
        }
    }

    /** Step 2: a 特殊人员 gives a type, the reason they cannot attend, and accepts the 承诺书. */
    public void checkSpecial(boolean special, @Nullable SpecialType type, @Nullable String reason, boolean committed) {
        if (!special) {
            return;
        }
        InputErrors errors = new InputErrors();
        if (type == null) {
            errors.reject("specialType", "CHRONIC_SPECIAL_TYPE_REQUIRED");
        }
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            errors.reject("specialReason", "CHRONIC_SPECIAL_REASON_REQUIRED");
        } else if (r.length() > REASON_MAX) {
            errors.reject("specialReason", "TOO_LONG", REASON_MAX);
        }
        if (!committed) {
            errors.reject("specialCommitment", "CHRONIC_SPECIAL_COMMITMENT_REQUIRED");
        }
        errors.throwIfAny();
    }

    /** Step 3: the disease, the assessing hospital and department, the contact phone; and whether the person may apply. */
    public void checkAssessment(Application application, String kind, @Nullable String diseaseCode,
                                @Nullable String hospitalCode, @Nullable String department, @Nullable String phone) {
        InputErrors errors = new InputErrors();
        Optional<ChronicDisease> disease = diseaseCode == null || diseaseCode.isBlank() ? Optional.empty()
                : catalog.find(diseaseCode);
        if (diseaseCode == null || diseaseCode.isBlank()) {
            errors.reject("diseaseCode", "CHRONIC_DISEASE_REQUIRED");
        } else if (disease.isEmpty() || !disease.get().kind().name().equals(kind)
                || !catalog.offers(application.regionCode(), diseaseCode)) {
            errors.reject("diseaseCode", "CHRONIC_DISEASE_NOT_OFFERED");
        }
        Optional<AssessingHospitals.Hospital> hospital = hospitals.find(application.regionCode(), hospitalCode);
        if (hospital.isEmpty()) {
            errors.reject("hospitalCode", "CHRONIC_HOSPITAL_REQUIRED");
        } else if (!errors.has("diseaseCode") && !hospital.get().assesses(diseaseCode)) {
            errors.reject("hospitalCode", "CHRONIC_HOSPITAL_NOT_FOR_DISEASE", hospital.get().name(),
                    disease.map(ChronicDisease::name).orElse(diseaseCode));
        } else if (department == null || !hospital.get().departments().contains(department)) {
            errors.reject("department", "CHRONIC_DEPARTMENT_REQUIRED");
        }
        if (phone == null || phone.isBlank()) {
            errors.reject("contactPhone", "REQUIRED");
        } else if (PhoneNumber.parse(phone).isEmpty()) {
            errors.reject("contactPhone", "PHONE_INVALID");
        }
        errors.throwIfAny();
        checkMayApply(application.personId(), diseaseCode, application.id());
    }

    /** Not banned, not already qualified for the disease, no other open application for it. */
    public void checkMayApply(long personId, @Nullable String diseaseCode, long applicationId) {
        bans.refuseIfBanned(personId);
        if (diseaseCode == null) {
            return;
        }
        if (qualifications.holds(personId, diseaseCode, records.today())) {
            throw new BusinessException(Problem.CONFLICT, "CHRONIC_ALREADY_QUALIFIED");
        }
        int open = jdbc.sql("""
                select count(*) from service_application where type = 'CHRONIC_DISEASE' and person_id = ? and id <> ?
                and status in ('SUBMITTED', 'IN_REVIEW') and form ->> 'diseaseCode' = ?""")
                .params(personId, applicationId, diseaseCode).query(Integer.class).single();
        if (open > 0) {
            throw new BusinessException(Problem.CONFLICT, "CHRONIC_ALREADY_OPEN");
        }
    }

    /** Step 4: every required material of the disease is there. */
    public void checkMaterials(ChronicForm form, List<Material> materials) {
        InputErrors errors = new InputErrors();
        for (MaterialRequirements.Requirement r : requirementsOf(form)) {
            if (r.required() && materials.stream().noneMatch(m -> m.kind().equals(r.material().name()))) {
                errors.reject(r.material().name(), "CHRONIC_MATERIAL_MISSING");
            }
        }
        if (!errors.isEmpty()) {
            errors.reject("materials", "CHRONIC_MATERIALS_MISSING");
        }
        errors.throwIfAny();
    }

    /** The materials the form's disease asks for (its kind's when no disease is chosen yet). */
    public List<MaterialRequirements.Requirement> requirementsOf(ChronicForm form) {
        String kind = form.diseaseCode() == null ? form.kind()
                : catalog.find(form.diseaseCode()).map(d -> d.kind().name()).orElse(form.kind());
        return form.diseaseCode() == null ? requirements.forDisease(form.kind(), form.kind())
                : requirements.forDisease(form.diseaseCode(), kind);
    }

    @Override
    public void approved(Application application) {
        ChronicForm form = ChronicForm.read(application.formJson());
        if (form.diseaseCode() == null) {
            throw new IllegalStateException("approved chronic application " + application.id() + " has no disease");
        }
        records.grant(application.personId(), form.diseaseCode(), application.regionCode(), application.id(),
                form.hospitalCode(), hospitals.name(form.hospitalCode()).orElse(null), form.department(),
                records.today());
    }

    @Override
    public void revoked(Application application) {
        records.cancelGrantedBy(application.id(), "application:" + application.id(), "REVOKED");
    }

    @Override
    public boolean autoApprovable(Application application) {
        return true;
    }

    @Override
    public List<FormLine> describe(Application application) {
        ChronicForm form = ChronicForm.read(application.formJson());
        List<FormLine> lines = new ArrayList<>();
        lines.add(FormLine.key("chronic.field.kind", "chronic.kind." + form.kind()));
        lines.add(FormLine.key("chronic.field.special", form.special() ? "chronic.yes" : "chronic.no"));
        if (form.special()) {
            if (form.specialType() != null) {
                lines.add(FormLine.key("chronic.field.specialType", "chronic.specialType." + form.specialType().name()));
            }
            lines.add(FormLine.text("chronic.field.specialReason", form.specialReason()));
        }
        lines.add(FormLine.text("chronic.field.disease", diseaseName(form.diseaseCode())));
        lines.add(FormLine.text("chronic.field.hospital", hospitals.name(form.hospitalCode()).orElse(form.hospitalCode())));
        lines.add(FormLine.text("chronic.field.department", form.department()));
        lines.add(FormLine.text("chronic.field.contactPhone",
                form.contactPhone() == null ? "" : Masking.phone(form.contactPhone())));
        return lines;
    }

    /** The disease as people read it: name and code. */
    public String diseaseName(@Nullable String code) {
        if (code == null) {
            return "";
        }
        return catalog.find(code).map(d -> d.name() + " " + d.code()).orElse(code);
    }
}
