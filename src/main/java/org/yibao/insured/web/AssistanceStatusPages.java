package org.yibao.insured.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.common.BusinessException;
import org.yibao.common.IdNumber;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;
import org.yibao.insured.AssistanceStatuses;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;

/**
 * 医疗救助对象身份的认定：经办人员按身份证号查找本统筹区的参保人，查看已有认定，登记特困、低保或低收入及有效期与原因。管理员可办理
 * 所有统筹区。
 */
@Controller
@RequestMapping("/staff/assistance-status")
class AssistanceStatusPages {

    private final AssistanceStatuses statuses;
    private final InsuredPersons persons;
    private final CurrentStaff staff;
    private final Messages messages;

    AssistanceStatusPages(AssistanceStatuses statuses, InsuredPersons persons, CurrentStaff staff, Messages messages) {
        this.statuses = statuses;
        this.persons = persons;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping
    String search(@RequestParam(defaultValue = "") String idNumber, Model model) {
        model.addAttribute("idNumber", idNumber);
        model.addAttribute("errors", Map.of());
        if (!idNumber.isBlank()) {
            try {
                InsuredPerson p = person(idNumber);
                model.addAttribute("person", p);
                model.addAttribute("statuses", statuses.of(p.id()));
            } catch (BusinessException e) {
                model.addAttribute("errors", messages.byField(e));
            }
        }
        return "insured/assistance-status";
    }

    @PostMapping("/{personId}")
    String record(@PathVariable long personId, @RequestParam(defaultValue = "") String idNumber,
                  @RequestParam(defaultValue = "") String assistanceClass, @RequestParam(defaultValue = "") String from,
                  @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String reason,
                  Model model, RedirectAttributes flash) {
        try {
            InsuredPerson p = person(idNumber);
            if (p.id() != personId) {
                throw new BusinessException(Problem.NOT_FOUND, "ASSISTANCE_PERSON_UNKNOWN");
            }
            statuses.record(personId, assistanceClass, date(from), date(to), staff.login(), reason);
            flash.addFlashAttribute("notice", messages.text("assistance.saved"));
            flash.addAttribute("idNumber", idNumber);
            return "redirect:/staff/assistance-status";
        } catch (BusinessException e) {
            search(idNumber, model);
            model.addAttribute("errors", messages.byField(e));
            return "insured/assistance-status";
        }
    }

    /** 本统筹区（管理员：任一统筹区）有参保关系的人；否则视为不存在。 */
    private InsuredPerson person(String idNumber) {
        Optional<IdNumber> id = idNumber.length() > 18 ? Optional.empty() : IdNumber.parse(idNumber);
        InsuredPerson p = id.flatMap(persons::findByIdNumber)
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "ASSISTANCE_PERSON_UNKNOWN"));
        boolean mine = persons.periods(p.id()).stream().anyMatch(period -> staff.mayWorkIn(period.regionCode()));
        if (!mine) {
            throw new BusinessException(Problem.NOT_FOUND, "ASSISTANCE_PERSON_UNKNOWN");
        }
        return p;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException(Problem.INVALID, "ASSISTANCE_STATUS_INVALID");
        }
    }
}
