package org.yibao.family.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.Upload;
import org.yibao.common.web.Confirmation;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.family.MemberForm;
import org.yibao.family.ProxyMember;
import org.yibao.family.ProxyMembers;
import org.yibao.family.ProxyRoute;
import org.yibao.family.Relationship;

/**
 * 医保亲情代办 in the hall (seed 003): 绑定方式选择, the two binding routes, 我的亲情成员, 亲人详情 with 解除绑定, and
 * the member's 参保信息 (本人 or a chosen member, as the seed's person switcher shows it).
 */
@Controller
@RequestMapping("/services/proxy")
class ProxyPages {

    private static final String BASE = "/services/proxy";

    private final ProxyMembers proxies;
    private final MemberInsurance insurance;
    private final CurrentCitizen citizen;
    private final Messages messages;

    ProxyPages(ProxyMembers proxies, MemberInsurance insurance, CurrentCitizen citizen, Messages messages) {
        this.proxies = proxies;
        this.insurance = insurance;
        this.citizen = citizen;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        if (citizen.personId().isEmpty()) {
            return "family/need-real-name";
        }
        model.addAttribute("members", proxies.members(citizen.accountId()));
        model.addAttribute("waiting", proxies.waiting(citizen.accountId()));
        return "family/proxy";
    }

    @GetMapping("/bind")
    String chooseRoute() {
        return "family/proxy-route";
    }

    @GetMapping("/bind/{route}")
    String bindForm(@PathVariable String route, Model model) {
        return form(model, route(route), MemberForm.empty(), false);
    }

    @PostMapping("/bind/{route}")
    String bind(@PathVariable String route, MemberForm form,
                @RequestParam(defaultValue = "false") boolean commitmentAccepted,
                @RequestParam(name = "householdRegister", required = false) @Nullable List<MultipartFile> householdRegister,
                Model model, RedirectAttributes flash) {
        ProxyRoute r = route(route);
        try {
            ProxyMembers.Added added = proxies.bind(citizen.accountId(), form, r.name(), commitmentAccepted,
                    UploadedFiles.materials(null, householdRegister), AuditTrail.Channel.WEB);
            if (added.faceRequired()) {
                return "redirect:" + proxies.startFace(citizen.accountId(), added.memberId(), facePath(added.memberId()));
            }
            flash.addFlashAttribute("notice", messages.text(added.review() ? "proxy.review.note" : "proxy.notice.bound"));
            return "redirect:" + BASE;
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            return form(model, r, form, commitmentAccepted);
        }
    }

    /** Where the face page sends the citizen back: binds the member once their verification passed. */
    @GetMapping("/{id}/face")
    String face(@PathVariable long id, @RequestParam(required = false) @Nullable String faceVerification,
                Model model, RedirectAttributes flash) {
        if (faceVerification == null || faceVerification.isBlank()) {
            return "redirect:" + proxies.startFace(citizen.accountId(), id, facePath(id));
        }
        try {
            proxies.completeFace(citizen.accountId(), id, faceVerification, AuditTrail.Channel.WEB);
            flash.addFlashAttribute("notice", messages.text("proxy.notice.bound"));
            return "redirect:" + BASE;
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            model.addAttribute("member", proxies.pending(citizen.accountId(), id));
            model.addAttribute("retry", facePath(id));
            return "family/face-failed";
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("member", proxies.member(citizen.accountId(), id));
        return "family/proxy-detail";
    }

    @GetMapping("/{id}/insurance")
    String insurance(@PathVariable long id, Model model) {
        ProxyMember m = proxies.member(citizen.accountId(), id);
        model.addAttribute("insurance", insurance.of(m.personId(), AuditTrail.Channel.WEB));
        model.addAttribute("members", proxies.members(citizen.accountId()));
        model.addAttribute("chosen", id);
        model.addAttribute("back", BASE + "/" + id);
        return "family/member-insurance";
    }

    @PostMapping("/{id}/unbind")
    String unbind(@PathVariable long id, @RequestParam(name = Confirmation.PARAMETER, required = false) @Nullable String confirmed, Model model,
                  RedirectAttributes flash) {
        if (!Confirmation.given(confirmed)) {
            ProxyMember m = proxies.endable(citizen.accountId(), id);
            return new Confirmation(messages.text("proxy.unbind.confirm.title"),
                    messages.text("proxy.unbind.confirm.text", m.maskedName()), BASE + "/" + id + "/unbind",
                    messages.text("proxy.unbind.confirm.button"), BASE).show(model);
        }
        proxies.unbind(citizen.accountId(), id, AuditTrail.Channel.WEB);
        flash.addFlashAttribute("notice", messages.text("proxy.notice.unbound"));
        return "redirect:" + BASE;
    }

    private String form(Model model, ProxyRoute route, MemberForm form, boolean commitmentAccepted) {
        model.addAttribute("route", route.name());
        model.addAttribute("routePath", route == ProxyRoute.ID_CARD ? "id-card" : "no-id-card");
        model.addAttribute("form", form);
        model.addAttribute("commitmentAccepted", commitmentAccepted);
        model.addAttribute("relationships", List.of(Relationship.values()));
        model.addAttribute("maxMegabytes", Upload.MAX_BYTES / 1024 / 1024);
        return "family/proxy-form";
    }

    /** {@code id-card} or {@code no-id-card} in the path. */
    private static ProxyRoute route(String path) {
        return Arrays.stream(ProxyRoute.values()).filter(r -> r.name().replace('_', '-').equalsIgnoreCase(path))
                .findFirst().orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "NOT_FOUND"));
    }

    private static String facePath(long id) {
        return BASE + "/" + id + "/face";
    }
}
