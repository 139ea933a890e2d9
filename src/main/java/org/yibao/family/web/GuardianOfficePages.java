package org.yibao.family.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.FlashOutcome;
import org.yibao.common.web.Messages;
import org.yibao.family.BindingKind;
import org.yibao.family.GuardianReviews;
import org.yibao.family.StoredMaterial;
import org.yibao.identity.CitizenAccounts;
import org.yibao.insured.InsuredPersons;

/**
 * 亲情绑定审核 in the back office: the bindings without the child's face that wait in the clerk's region
 * (administrators: every region), one of them with what was typed and what Yibao knows of that number beside the
 * 户口簿 / 出生医学证明, to approve or reject with a listed reason. Another region's filing answers as if it did not
 * exist, on every route. Lives in family, under the back office's security and layout, so that family does not
 * depend on service (service depends on family).
 */
@Controller
@RequestMapping("/staff/guardianships")
class GuardianOfficePages {

    private static final String BASE = "/staff/guardianships";

    private final GuardianReviews reviews;
    private final CitizenAccounts accounts;
    private final InsuredPersons persons;
    private final PoolingRegions regions;
    private final CurrentStaff staff;
    private final Messages messages;

    GuardianOfficePages(GuardianReviews reviews, CitizenAccounts accounts, InsuredPersons persons,
                        PoolingRegions regions, CurrentStaff staff, Messages messages) {
        this.reviews = reviews;
        this.accounts = accounts;
        this.persons = persons;
        this.regions = regions;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping
    String queue(Model model) {
        model.addAttribute("reviews", reviews.queue(staff.regionCode().orElse(null)));
        model.addAttribute("regions", regions.byCode());
        model.addAttribute("scope", staff.regionCode().flatMap(regions::find).orElse(null));
        model.addAttribute("zone", BusinessTime.ZONE);
        return "family/office-queue";
    }

    @GetMapping("/{kind}/{id:\\d+}")
    String detail(@PathVariable String kind, @PathVariable long id, Model model) {
        GuardianReviews.Review r = visible(kind, id);
        model.addAttribute("review", r);
        model.addAttribute("kindPath", kind);
        model.addAttribute("binder", accounts.find(r.binderAccount()).map(a -> a.personId()).flatMap(persons::find)
                .orElse(null));
        model.addAttribute("periods", r.personId() == null ? java.util.List.of() : persons.periods(r.personId()));
        model.addAttribute("guardians", reviews.guardians(r));
        model.addAttribute("materials", reviews.materials(r.kind(), id));
        model.addAttribute("region", regions.find(r.regionCode()).orElse(null));
        model.addAttribute("regions", regions.byCode());
        model.addAttribute("reasons", GuardianReviews.REASONS);
        model.addAttribute("zone", BusinessTime.ZONE);
        return "family/office-review";
    }

    @GetMapping("/{kind}/{id:\\d+}/materials/{materialId:\\d+}")
    ResponseEntity<byte[]> material(@PathVariable String kind, @PathVariable long id, @PathVariable long materialId) {
        GuardianReviews.Review r = visible(kind, id);
        StoredMaterial m = reviews.materials(r.kind(), id).stream().filter(x -> x.id() == materialId).findFirst()
                .orElseThrow(GuardianOfficePages::notFound);
        byte[] content = reviews.material(r.kind(), id, materialId).orElseThrow(GuardianOfficePages::notFound);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(m.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(m.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore()).body(content);
    }

    @PostMapping("/{kind}/{id:\\d+}/approve")
    String approve(@PathVariable String kind, @PathVariable long id, RedirectAttributes flash) {
        GuardianReviews.Review r = visible(kind, id);
        FlashOutcome.run(flash, messages, "family.office.approved", () -> reviews.approve(r.kind(), id, staff.login()));
        return "redirect:" + BASE + "/" + kind + "/" + id;
    }

    @PostMapping("/{kind}/{id:\\d+}/reject")
    String reject(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "") String reasonCode,
                  @RequestParam(defaultValue = "") String reasonText, RedirectAttributes flash) {
        GuardianReviews.Review r = visible(kind, id);
        FlashOutcome.run(flash, messages, "family.office.rejected",
                () -> reviews.reject(r.kind(), id, staff.login(), reasonCode, reasonText));
        return "redirect:" + BASE + "/" + kind + "/" + id;
    }

    /** {@code account} or {@code proxy}; other regions' filings do not exist for this clerk. */
    private GuardianReviews.Review visible(String kind, long id) {
        BindingKind k = switch (kind) {
            case "account" -> BindingKind.FAMILY_ACCOUNT;
            case "proxy" -> BindingKind.PROXY;
            default -> throw notFound();
        };
        return reviews.find(k, id).filter(r -> r.regionCode() != null && staff.mayWorkIn(r.regionCode()))
                .filter(r -> !"PENDING".equals(r.status())).orElseThrow(GuardianOfficePages::notFound);
    }

    private static BusinessException notFound() {
        return new BusinessException(Problem.NOT_FOUND, "FAMILY_MEMBER_NOT_FOUND");
    }
}
