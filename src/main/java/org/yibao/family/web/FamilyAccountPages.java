package org.yibao.family.web;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.PersonAccess;
import org.yibao.common.Upload;
import org.yibao.common.web.Confirmation;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.family.ActingFor;
import org.yibao.family.FamilyAccountMember;
import org.yibao.family.FamilyAccounts;
import org.yibao.family.MemberForm;
import org.yibao.family.Relationship;
import org.yibao.voucher.QrCodes;

/**
 * 亲情账户 in the hall (seed 004 §03): 我的家庭成员, 《家庭成员添加告知书》, the add form with photos, the member's face
 * verification when 16 or older, a member's QR code and yearly medical costs, removal.
 */
@Controller
@RequestMapping("/services/family-accounts")
class FamilyAccountPages {

    private static final String BASE = "/services/family-accounts";

    private final FamilyAccounts accounts;
    private final ActingFor actingFor;
    private final MemberInsurance insurance;
    private final QrCodes qrCodes;
    private final CurrentCitizen citizen;
    private final Messages messages;
    private final Clock clock;

    FamilyAccountPages(FamilyAccounts accounts, ActingFor actingFor, MemberInsurance insurance, QrCodes qrCodes,
                       CurrentCitizen citizen, Messages messages, Clock clock) {
        this.accounts = accounts;
        this.actingFor = actingFor;
        this.insurance = insurance;
        this.qrCodes = qrCodes;
        this.citizen = citizen;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        if (citizen.personId().isEmpty()) {
            return "family/need-real-name";
        }
        List<FamilyAccountMember> members = accounts.members(citizen.accountId());
        List<FamilyAccountMember> waiting = accounts.waiting(citizen.accountId());
        model.addAttribute("members", members);
        model.addAttribute("waiting", waiting);
        model.addAttribute("max", FamilyAccounts.MAX_MEMBERS);
        model.addAttribute("full", members.size() + waiting.size() >= FamilyAccounts.MAX_MEMBERS);
        return "family/accounts";
    }

    @GetMapping("/notice")
    String notice() {
        return "family/account-notice";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return form(model, MemberForm.empty());
    }

    @PostMapping("/new")
    String add(@ModelAttribute("form") MemberForm form,
               @RequestParam(name = "commitment", required = false) List<MultipartFile> commitment,
               @RequestParam(name = "householdRegister", required = false) List<MultipartFile> householdRegister,
               Model model, RedirectAttributes flash) {
        try {
            FamilyAccounts.Added added = accounts.add(citizen.accountId(), form,
                    UploadedFiles.materials(commitment, householdRegister), AuditTrail.Channel.WEB);
            if (added.faceRequired()) {
                return "redirect:" + accounts.startFace(citizen.accountId(), added.memberId(), facePath(added.memberId()));
            }
            flash.addFlashAttribute("notice", messages.text(added.review() ? "family.review.note" : "family.notice.added"));
            return "redirect:" + BASE;
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            return form(model, form);
        }
    }

    /** Where the face page sends the citizen back: binds the member once their verification passed. */
    @GetMapping("/{id}/face")
    String face(@PathVariable long id, @RequestParam(required = false) @Nullable String faceVerification,
                Model model, RedirectAttributes flash) {
        if (faceVerification == null || faceVerification.isBlank()) {
            return "redirect:" + accounts.startFace(citizen.accountId(), id, facePath(id));
        }
        try {
            accounts.completeFace(citizen.accountId(), id, faceVerification, AuditTrail.Channel.WEB);
            flash.addFlashAttribute("notice", messages.text("family.notice.added"));
            return "redirect:" + BASE;
        } catch (BusinessException e) {
            model.addAttribute("errors", messages.byField(e));
            model.addAttribute("member", accounts.pending(citizen.accountId(), id));
            model.addAttribute("retry", facePath(id));
            return "family/face-failed";
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("member", accounts.member(citizen.accountId(), id));
        model.addAttribute("materials", accounts.materials(citizen.accountId(), id));
        return "family/account-detail";
    }

    @GetMapping("/{id}/qrcode")
    String qrCode(@PathVariable long id, Model model) {
        FamilyAccountMember m = accounts.member(citizen.accountId(), id);
        actingFor.check(citizen.accountId(), PersonAccess.Action.SHOW_QR, m.personId(), AuditTrail.Channel.WEB);
        model.addAttribute("member", m);
        try {
            model.addAttribute("qr", qrCodes.issue(m.personId(), qrCodes.defaultChannel(m.personId())));
            model.addAttribute("ttl", qrCodes.ttlSeconds());
        } catch (BusinessException e) {
            model.addAttribute("qrError", messages.byField(e).values().iterator().next());
        }
        return "family/account-qrcode";
    }

    @GetMapping("/{id}/costs")
    String costs(@PathVariable long id, Model model) {
        FamilyAccountMember m = accounts.member(citizen.accountId(), id);
        actingFor.check(citizen.accountId(), PersonAccess.Action.VIEW_COSTS, m.personId(), AuditTrail.Channel.WEB);
        model.addAttribute("member", m);
        model.addAttribute("year", BusinessTime.today(clock).getYear());
        model.addAttribute("costs", accounts.yearCosts(m.personId(), BusinessTime.today(clock).getYear()));
        return "family/account-costs";
    }

    @GetMapping("/{id}/insurance")
    String insurance(@PathVariable long id, Model model) {
        FamilyAccountMember m = accounts.member(citizen.accountId(), id);
        model.addAttribute("insurance", insurance.of(m.personId(), AuditTrail.Channel.WEB));
        model.addAttribute("back", BASE + "/" + id);
        return "family/member-insurance";
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable long id, @RequestParam(name = Confirmation.PARAMETER, required = false) @Nullable String confirmed, Model model,
                  RedirectAttributes flash) {
        if (!Confirmation.given(confirmed)) {
            FamilyAccountMember m = accounts.removable(citizen.accountId(), id);
            return new Confirmation(messages.text("family.remove.confirm.title"),
                    messages.text("family.remove.confirm.text", m.maskedName()), BASE + "/" + id + "/remove",
                    messages.text("family.remove.confirm.button"), BASE).show(model);
        }
        accounts.remove(citizen.accountId(), id, AuditTrail.Channel.WEB);
        flash.addFlashAttribute("notice", messages.text("family.notice.removed"));
        return "redirect:" + BASE;
    }

    private String form(Model model, MemberForm form) {
        model.addAttribute("form", form);
        model.addAttribute("relationships", List.of(Relationship.SPOUSE, Relationship.PARENT, Relationship.CHILD,
                Relationship.GRANDPARENT, Relationship.GRANDCHILD, Relationship.SIBLING, Relationship.OTHER_RELATIVE));
        model.addAttribute("maxMegabytes", Upload.MAX_BYTES / 1024 / 1024);
        model.addAttribute("full", accounts.members(citizen.accountId()).size()
                + accounts.waiting(citizen.accountId()).size() >= FamilyAccounts.MAX_MEMBERS);
        return "family/account-form";
    }

    private static String facePath(long id) {
        return BASE + "/" + id + "/face";
    }
}
