package org.yibao.settlement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;
import org.yibao.common.PersonAccess;
import org.yibao.common.Problem;
import org.yibao.common.web.CurrentCitizen;
import org.yibao.settlement.Consumption;
import org.yibao.settlement.ConsumptionDetail;
import org.yibao.settlement.Consumptions;

/** Citizen REST API (API.md §3): 消费信息 with filters, one settlement with its explanation, 共济消费记录. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "消费信息 Consumptions")
@Transactional(readOnly = true) // may be answered by a replica (ReplicaRouting)
class ConsumptionApi {

    private final Consumptions consumptions;
    private final CurrentCitizen citizen;
    private final PersonAccess access;

    ConsumptionApi(Consumptions consumptions, CurrentCitizen citizen, PersonAccess access) {
        this.consumptions = consumptions;
        this.citizen = citizen;
        this.access = access;
    }

    @GetMapping("/consumptions")
    @Operation(summary = "消费信息: settlements of the citizen (or of a 亲情账户 member with personId), newest first")
    List<Consumption> list(@RequestParam(required = false) String year, @RequestParam(required = false) String medType,
                           @RequestParam(required = false) String region, @RequestParam(required = false) Long personId) {
        InputErrors errors = new InputErrors();
        if (year != null && !year.matches("\\d{4}")) {
            errors.reject("year", "YEAR_INVALID");
        }
        if (medType != null && !ConsumptionPages.MED_TYPES.contains(medType)) {
            errors.reject("medType", "MED_TYPE_INVALID");
        }
        errors.throwIfAny();
        return consumptions.of(subject(personId), new Consumptions.Filter(year == null ? null : Integer.valueOf(year),
                medType, region));
    }

    @GetMapping("/consumptions/{setlId}")
    ConsumptionDetail one(@PathVariable String setlId) {
        long me = me();
        return consumptions.detail(setlId)
                .filter(d -> d.consumption().personId() == me || Long.valueOf(me).equals(d.consumption().mutualAidPayer())
                        || access.may(citizen.accountId(), PersonAccess.Action.VIEW_COSTS, d.consumption().personId()))
                .orElseThrow(() -> new BusinessException(Problem.NOT_FOUND, "CONSUMPTION_NOT_FOUND"));
    }

    @GetMapping("/consumptions/mutual-aid")
    @Operation(summary = "共济消费记录: relatives' spending from the citizen's personal account")
    List<Consumption> mutualAid(@RequestParam(required = false) Integer year) {
        return consumptions.paidByMutualAid(me(), year);
    }

    private long me() {
        return citizen.personId().orElseThrow(() -> new BusinessException(Problem.CONFLICT, "REAL_NAME_REQUIRED"));
    }

    private long subject(Long personId) {
        long me = me();
        if (personId == null || personId == me) {
            return me;
        }
        if (!access.may(citizen.accountId(), PersonAccess.Action.VIEW_COSTS, personId)) {
            throw new BusinessException(Problem.NOT_FOUND, "CONSUMPTION_NOT_FOUND");
        }
        return personId;
    }
}
