package org.yibao.settlement.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.PersonAccess;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.settlement.Consumption;
import org.yibao.settlement.ConsumptionDetail;
import org.yibao.settlement.Consumptions;

/**
 * 消费信息 (seed 000): the citizen's settlements with filters by region, visit type and year, each with an
 * explanation of how it was paid; a 亲情账户 member's costs with {@code personId}; 共济消费记录 for the authorizer.
 */
@Controller
@Transactional(readOnly = true) // may be answered by a replica (ReplicaRouting)
class ConsumptionPages {

    static final List<String> MED_TYPES = org.yibao.settlement.MedType.codes();

    private final Consumptions consumptions;
    private final CurrentCitizen citizen;
    private final PersonAccess access;
    private final PoolingRegions regions;

    ConsumptionPages(Consumptions consumptions, CurrentCitizen citizen, PersonAccess access, PoolingRegions regions) {
        this.consumptions = consumptions;
        this.citizen = citizen;
        this.access = access;
        this.regions = regions;
    }

    @GetMapping("/consumptions")
    String list(@RequestParam(required = false) Long personId, @RequestParam(required = false) String year,
                @RequestParam(required = false) String medType, @RequestParam(required = false) String region,
                Model model) {
        if (citizen.personId().isEmpty()) {
            return "insured/need-real-name";
        }
        long person = subject(personId);
        Integer y = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
        String type = medType != null && MED_TYPES.contains(medType) ? medType : null;
        String area = region != null && regions.find(region).isPresent() ? region : null;
        model.addAttribute("filterError", (year != null && !year.isBlank() && y == null)
                || (medType != null && !medType.isBlank() && type == null)
                || (region != null && !region.isBlank() && area == null));
        model.addAttribute("items", consumptions.of(person, new Consumptions.Filter(y, type, area)));
        model.addAttribute("years", consumptions.years(person));
        model.addAttribute("regions", regions.all());
        model.addAttribute("medTypes", MED_TYPES);
        model.addAttribute("year", y);
        model.addAttribute("medType", type);
        model.addAttribute("region", area);
        model.addAttribute("personId", personId);
        return "settlement/consumptions";
    }

    @GetMapping("/consumptions/{setlId}")
    String detail(@PathVariable String setlId, Model model) {
        ConsumptionDetail detail = consumptions.detail(setlId)
                .filter(d -> mayView(d.consumption()))
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "CONSUMPTION_NOT_FOUND"));
        model.addAttribute("detail", detail);
        return "settlement/consumption";
    }

    /** 共济消费记录: what relatives spent from the logged-in authorizer's personal account. */
    @GetMapping("/consumptions/mutual-aid")
    String mutualAid(@RequestParam(required = false) String year, Model model) {
        if (citizen.personId().isEmpty()) {
            return "insured/need-real-name";
        }
        Integer y = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
        model.addAttribute("items", consumptions.paidByMutualAid(citizen.personId().get(), y));
        return "settlement/mutual-aid-records";
    }

    private long subject(Long personId) {
        long me = citizen.personId().orElseThrow();
        if (personId == null || personId == me) {
            return me;
        }
        if (!access.may(citizen.accountId(), PersonAccess.Action.VIEW_COSTS, personId)) {
            throw new BusinessException(Problem.NOT_FOUND, "CONSUMPTION_NOT_FOUND");
        }
        return personId;
    }

    private boolean mayView(Consumption c) {
        Long me = citizen.personId().orElse(null);
        return c.personId() == (me == null ? -1 : me)
                || (me != null && me.equals(c.mutualAidPayer()))
                || access.may(citizen.accountId(), PersonAccess.Action.VIEW_COSTS, c.personId());
    }
}
