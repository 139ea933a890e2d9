package org.yibao.service.remote.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.common.web.Messages;
import org.yibao.service.remote.RemoteCareApplying;
import org.yibao.service.remote.RemoteCarePersons;
import org.yibao.service.remote.RemoteCareResults;

/**
 * 异地备案首页 (seed 000 page 8): 备案人管理 (self, 亲情代办 members, persons added with 新增备案人 by their
 * e-voucher password), 使用流程 and 备案结果查询 with 撤销 after a confirmation, also by a proxy (seed 003).
 */
@Controller
@RequestMapping("/services/remote-care")
class RemoteCareHomePages {

    private static final String BASE = RemoteCareApplyPages.BASE;

    private final RemoteCarePersons persons;
    private final RemoteCareResults results;
    private final RemoteCareApplying applying;
    private final CurrentCitizen citizen;
    private final Messages messages;

    RemoteCareHomePages(RemoteCarePersons persons, RemoteCareResults results, RemoteCareApplying applying,
                        CurrentCitizen citizen, Messages messages) {
        this.persons = persons;
        this.results = results;
        this.applying = applying;
        this.citizen = citizen;
        this.messages = messages;
    }

    @GetMapping
    String home(Model model) {
        if (citizen.personId().isEmpty()) {
            return "service/remote/need-real-name";
        }
        model.addAttribute("filers", persons.filers(citizen.accountId()));
        return "service/remote/home";
    }

    @GetMapping("/persons/new")
    String newPerson(Model model) {
        return personForm(model, "", "", null);
    }

    @PostMapping("/persons/new")
    String addPerson(@RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "") String phone,
                     @RequestParam(defaultValue = "") String evoucherPassword, Model model, RedirectAttributes flash) {
        try {
            persons.add(citizen.accountId(), idNumber, phone, evoucherPassword, AuditTrail.Channel.WEB);
            flash.addFlashAttribute("notice", messages.text("remotecare.person.added"));
            return "redirect:" + BASE;
        } catch (BusinessException e) {
            return personForm(model, idNumber, phone, messages.byField(e));
        }
    }

    @GetMapping("/filings")
    String filings(Model model) {
        model.addAttribute("results", results.of(citizen.accountId()));
        return "service/remote/filings";
    }

    @GetMapping("/filings/{applicationId}/revoke")
    String confirmRevoke(@PathVariable long applicationId, Model model) {
        model.addAttribute("result", revocable(applicationId));
        return "service/remote/revoke";
    }

    @PostMapping("/filings/{applicationId}/revoke")
    String revoke(@PathVariable long applicationId, Model model, RedirectAttributes flash) {
        RemoteCareResults.Result r = revocable(applicationId);
        try {
            applying.revoke(citizen.accountId(), applicationId, AuditTrail.Channel.WEB);
            flash.addFlashAttribute("notice", messages.text("remotecare.revoke.done"));
            return "redirect:" + BASE + "/filings";
        } catch (BusinessException e) {
            model.addAttribute("result", r);
            model.addAttribute("errors", messages.byField(e));
            return "service/remote/revoke";
        }
    }

    private RemoteCareResults.Result revocable(long applicationId) {
        return results.one(citizen.accountId(), applicationId).filter(RemoteCareResults.Result::mine)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "SERVICE_NOT_FOUND"));
    }

    private String personForm(Model model, String idNumber, String phone,
                              java.util.@org.jspecify.annotations.Nullable Map<String, String> errors) {
        model.addAttribute("idNumber", idNumber);
        model.addAttribute("phone", phone);
        model.addAttribute("errors", errors);
        return "service/remote/person-new";
    }
}
