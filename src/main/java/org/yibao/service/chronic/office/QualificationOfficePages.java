package org.yibao.service.chronic.office;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;
import org.yibao.service.Applications;
import org.yibao.service.chronic.FalseInformation;

/**
 * 门诊慢特病资格 in the back office: a clerk looks a person of their region up by ID number, sees the qualifications
 * and bans, and may declare 认定虚假信息 with a reason (qualifications cancelled, two years without applying).
 */
@Controller
@RequestMapping("/staff/chronic-qualifications")
class QualificationOfficePages {

    private final FalseInformation office;
    private final CurrentStaff staff;
    private final Messages messages;
    private final Clock clock;

    QualificationOfficePages(FalseInformation office, CurrentStaff staff, Messages messages, Clock clock) {
        this.office = office;
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String search(@RequestParam(defaultValue = "") String idNumber, Model model) {
        model.addAttribute("idNumber", idNumber);
        model.addAttribute("today", BusinessTime.today(clock));
        model.addAttribute("errors", Map.of());
        if (!idNumber.isBlank()) {
            try {
                model.addAttribute("found", office.find(staff.regionCode().orElse(null), idNumber).orElse(null));
                model.addAttribute("searched", true);
            } catch (BusinessException e) {
                model.addAttribute("errors", messages.byField(e));
            }
        }
        return "service/chronic/office-qualifications";
    }

    @PostMapping("/{personId}/false-information")
    String declare(@PathVariable long personId, @RequestParam(defaultValue = "") String reason,
                   @RequestParam(defaultValue = "") String idNumber, Model model, RedirectAttributes flash) {
        try {
            LocalDate until = office.declare(new Applications.StaffActor(staff.login(), staff.regionCode().orElse(null)),
                    personId, reason);
            flash.addFlashAttribute("notice", messages.text("chronic.office.declared", until.toString()));
            flash.addAttribute("idNumber", idNumber);
            return "redirect:/staff/chronic-qualifications";
        } catch (BusinessException e) {
            model.addAttribute("idNumber", idNumber);
            model.addAttribute("today", BusinessTime.today(clock));
            model.addAttribute("errors", messages.byField(e));
            model.addAttribute("found", office.find(staff.regionCode().orElse(null), personId).orElse(null));
            model.addAttribute("searched", true);
            model.addAttribute("reason", reason);
            return "service/chronic/office-qualifications";
        }
    }
}
