package org.yibao.insured.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yibao.common.AuditTrail;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.insured.EnrollmentMaterial;
import org.yibao.insured.ResidentEnrollment;
import org.yibao.insured.ResidentEnrollments;

/** Citizen REST API: 城乡居民参保登记 submitted in one call (multipart: the form fields and the files). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "参保登记 Resident enrollment")
class EnrollmentApi {

    private final ResidentEnrollments enrollments;
    private final CurrentCitizen citizen;
    private final ProxyEnrollment proxy;

    EnrollmentApi(ResidentEnrollments enrollments, CurrentCitizen citizen, ProxyEnrollment proxy) {
        this.proxy = proxy;
        this.enrollments = enrollments;
        this.citizen = citizen;
    }

    record EnrollmentView(long id, String regionCode, String name, String idNumber, String category, String status,
                          String rejectReason, List<EnrollmentMaterial> materials) {
        static EnrollmentView of(ResidentEnrollment e, List<EnrollmentMaterial> materials) {
            return new EnrollmentView(e.id(), e.regionCode(), e.maskedName(), e.maskedIdNumber(), e.category().name(),
                    e.status().name(), e.rejectReason(), materials);
        }
    }

    @PostMapping(value = "/applications/resident-enrollment", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "城乡居民参保登记: regionCode, name, idNumber, phone, category, forSelf (false: 代办 for someone else) "
            + "(STUDENT_CHILD, ADULT, ELDER, MINIMUM_INCOME, EXTREME_POVERTY), files idDocument[] and proof[]; "
            + "member: a 亲情代办 binding of the caller (参保登记代办), whose name and idNumber are then the binding's")
    EnrollmentView submit(@ModelAttribute ResidentEnrollments.Form typed,
                          @RequestParam(required = false) @Nullable Long member,
                          @RequestParam(name = "idDocument", required = false) List<MultipartFile> idDocuments,
                          @RequestParam(name = "proof", required = false) List<MultipartFile> proofs) {
        long account = citizen.accountId();
        ResidentEnrollments.Form form = member == null ? typed
                : ProxyEnrollment.forMember(typed, proxy.member(account, member));
        long id = enrollments.saveDraft(account, citizen.personId().orElse(null), null, form,
                EnrollmentPages.materials(idDocuments, proofs));
        enrollments.submit(account, id, AuditTrail.Channel.API);
        return view(id);
    }

    @GetMapping("/resident-enrollments")
    @Operation(summary = "My resident enrollments, newest first")
    List<EnrollmentView> mine() {
        return enrollments.ofApplicant(citizen.accountId()).stream()
                .map(e -> EnrollmentView.of(e, enrollments.materials(e.id()))).toList();
    }

    @GetMapping("/resident-enrollments/{id}")
    EnrollmentView one(@PathVariable long id) {
        return view(id);
    }

    @PostMapping("/resident-enrollments/{id}/cancel")
    EnrollmentView cancel(@PathVariable long id) {
        enrollments.cancel(citizen.accountId(), id);
        return view(id);
    }

    private EnrollmentView view(long id) {
        ResidentEnrollment e = enrollments.mine(citizen.accountId(), id);
        return EnrollmentView.of(e, enrollments.materials(id));
    }

}
