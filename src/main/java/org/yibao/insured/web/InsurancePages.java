package org.yibao.insured.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.insured.Contribution;
import org.yibao.insured.Contributions;
import org.yibao.insured.InsuredPerson;

/** 参保信息 and 缴费信息 for the logged-in citizen (seed 000 home tiles). */
@Controller
@Transactional(readOnly = true) // may be answered by a replica (ReplicaRouting)
class InsurancePages {

    private final InsuranceView view;
    private final Contributions contributions;
    private final CurrentCitizen citizen;

    InsurancePages(InsuranceView view, Contributions contributions, CurrentCitizen citizen) {
        this.view = view;
        this.contributions = contributions;
        this.citizen = citizen;
    }

    @GetMapping("/insurance")
    String insurance(Model model) {
        if (citizen.personId().isEmpty()) {
            return "insured/need-real-name";
        }
        model.addAttribute("insurance", view.insurance());
        return "insured/insurance";
    }

    @GetMapping("/contributions")
    String contributions(@RequestParam(required = false) String year, Model model) {
        if (citizen.personId().isEmpty()) {
            return "insured/need-real-name";
        }
        InsuredPerson person = view.me();
        List<Integer> years = contributions.years(person.id());
        Integer chosen = years.isEmpty() ? null : years.get(0);
        if (year != null && !year.isBlank()) {
            if (!year.matches("\\d{4}") || !years.contains(Integer.valueOf(year))) {
                model.addAttribute("yearError", true);
            } else {
                chosen = Integer.valueOf(year);
            }
        }
        List<Contribution> items = chosen == null ? List.of() : contributions.of(person.id(), chosen);
        model.addAttribute("person", person);
        model.addAttribute("years", years);
        model.addAttribute("year", chosen);
        model.addAttribute("items", items);
        model.addAttribute("totals", Contributions.Totals.of(items));
        return "insured/contributions";
    }

}
