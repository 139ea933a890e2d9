package org.yibao.fhir.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.yibao.catalog.InstitutionSignatures;
import org.yibao.fhir.internal.FhirCaller;
import org.yibao.fhir.internal.FhirException;
import org.yibao.identity.CitizenAccounts;
import org.yibao.identity.CitizenPrincipal;
import org.yibao.identity.StaffPrincipal;
import org.yibao.identity.StaffRole;

/**
 * Tells who calls the facade: an institution by the {@code x-tif-*} signature its interfaces use (API.md §1, the
 * same check and nonce as the settlement API), else the citizen of a bearer token or web session, else the staff
 * member of a back-office session (a cashier stands for their institution). Nobody of these: 401.
 */
@Component
class FhirCallers {

    private final InstitutionSignatures signatures;
    private final CitizenAccounts accounts;

    FhirCallers(InstitutionSignatures signatures, CitizenAccounts accounts) {
        this.signatures = signatures;
        this.accounts = accounts;
    }

    FhirCaller of(HttpServletRequest request) {
        if (InstitutionSignatures.HEADERS.stream().anyMatch(h -> request.getHeader(h) != null)) {
            InstitutionSignatures.Signed signed = signatures.authentic(request::getHeader)
                    .orElseThrow(() -> FhirException.unauthorized("机构签名无效或已过期（x-tif-* 请求头）"));
            if (!signatures.spendAlone(signed)) {
                throw FhirException.unauthorized("该请求已经使用过，请重新签名");
            }
            return FhirCaller.institution(signed.paasid());
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Object principal = auth == null || !auth.isAuthenticated() ? null : auth.getPrincipal();
        if (principal instanceof CitizenPrincipal citizen) {
            Long person = accounts.find(citizen.accountId()).map(a -> a.personId()).orElse(null);
            return FhirCaller.citizen(citizen.accountId(), person);
        }
        if (principal instanceof StaffPrincipal staff) {
            if (staff.role() == StaffRole.CASHIER && staff.institutionCode() != null) {
                return FhirCaller.institution(staff.institutionCode());
            }
            if (staff.role() == StaffRole.ADMIN) {
                return FhirCaller.staff(null);
            }
            if (staff.role() == StaffRole.CLERK && staff.regionCode() != null) {
                return FhirCaller.staff(staff.regionCode());
            }
            throw FhirException.forbidden("该工作人员账号无权读取医保数据");
        }
        throw FhirException.unauthorized("请先登录：参保人令牌（Authorization: Bearer）、机构签名（x-tif-*）或经办人员会话");
    }
}
