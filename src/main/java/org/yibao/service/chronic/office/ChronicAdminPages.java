package org.yibao.service.chronic.office;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.catalog.ChronicDisease;
import org.yibao.catalog.ChronicDiseaseCatalog;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.web.CurrentStaff;
import org.yibao.common.web.Messages;
import org.yibao.service.chronic.AssessingHospitals;
import org.yibao.service.chronic.ChronicAdministration;
import org.yibao.service.chronic.MaterialKind;
import org.yibao.service.chronic.MaterialRequirements;
import org.yibao.service.chronic.QualificationRecords;

/**
 * The administrator's 门诊慢特病 lists per region: the diseases offered, how long a qualification is valid, the
 * assessing hospitals with their departments and the diseases each assesses, and the materials each disease asks
 * for. Clerks are refused.
 */
@Controller
@RequestMapping("/staff/admin/chronic")
class ChronicAdminPages {

    private static final String BACK = "redirect:/staff/admin/chronic";
    private static final int MAX_DISEASES = 100;

    private final ChronicDiseaseCatalog catalog;
    private final ChronicAdministration administration;
    private final AssessingHospitals hospitals;
    private final MaterialRequirements requirements;
    private final QualificationRecords records;
    private final PoolingRegions regions;
    private final CurrentStaff staff;
    private final Messages messages;

    ChronicAdminPages(ChronicDiseaseCatalog catalog, ChronicAdministration administration, AssessingHospitals hospitals,
                      MaterialRequirements requirements, QualificationRecords records, PoolingRegions regions,
                      CurrentStaff staff, Messages messages) {
        this.catalog = catalog;
        this.administration = administration;
        this.hospitals = hospitals;
        this.requirements = requirements;
        this.records = records;
        this.regions = regions;
        this.staff = staff;
        this.messages = messages;
    }

    /** Every request here is the administrator's, or refused before anything is read. */
    @ModelAttribute
    void administratorOnly() {
        staff.requireAdministrator("CHRONIC_ADMIN_ONLY");
    }

    @GetMapping
    String show(@RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String disease,
                Model model) {
        String chosen = region(region);
        List<ChronicDisease> all = catalog.all();
        ChronicDisease chosenDisease = all.stream().filter(d -> d.code().equals(disease)).findFirst().orElse(all.get(0));
        model.addAttribute("region", chosen);
        model.addAttribute("regions", regions.all());
        model.addAttribute("diseases", all);
        model.addAttribute("offered", catalog.forRegion(chosen).stream().map(ChronicDisease::code).toList());
        model.addAttribute("validYears", records.validYears(chosen).orElse(null));
        List<AssessingHospitals.Hospital> list = hospitals.ofRegion(chosen);
        model.addAttribute("hospitals", list);
        model.addAttribute("assessed", list.stream().collect(Collectors.toMap(AssessingHospitals.Hospital::code,
                h -> all.stream().filter(d -> h.diseases().contains(d.code())).map(ChronicDisease::name)
                        .collect(Collectors.joining("、")))));
        model.addAttribute("candidates", hospitals.candidates(chosen));
        model.addAttribute("disease", chosenDisease);
        Map<MaterialKind, String> needs = new EnumMap<>(MaterialKind.class);
        for (MaterialKind k : MaterialKind.values()) {
            needs.put(k, "NONE");
        }
        requirements.forDisease(chosenDisease.code(), chosenDisease.kind().name())
                .forEach(r -> needs.put(r.material(), r.required() ? "REQUIRED" : "OPTIONAL"));
        model.addAttribute("needs", needs);
        model.addAttribute("materialKinds", MaterialKind.values());
        model.addAttribute("ownList", requirements.hasOwnList(chosenDisease.code()));
        return "service/chronic/admin";
    }

    @PostMapping("/diseases")
    String diseases(@RequestParam String region, @RequestParam(name = "offered", required = false) List<String> offered,
                    RedirectAttributes flash) {
        return act(region, "", flash, () -> administration.offer(staff.login(), region(region),
                new HashSet<>(offered == null ? List.of() : offered)));
    }

    @PostMapping("/validity")
    String validity(@RequestParam String region, @RequestParam(defaultValue = "") String validYears,
                    RedirectAttributes flash) {
        return act(region, "", flash, () -> {
            Integer years = null;
            if (!validYears.isBlank()) {
                try {
                    years = Integer.valueOf(validYears.strip());
                } catch (NumberFormatException e) {
                    throw BusinessException.invalid("validYears", "CHRONIC_ADMIN_VALIDITY");
                }
            }
            records.setValidYears(staff.login(), region(region), years);
        });
    }

    @PostMapping("/hospitals")
    String addHospital(@RequestParam String region, @RequestParam(defaultValue = "") String hospitalCode,
                       RedirectAttributes flash) {
        return act(region, "", flash, () -> hospitals.addHospital(staff.login(), region(region), hospitalCode));
    }

    @PostMapping("/hospitals/remove")
    String removeHospital(@RequestParam String region, @RequestParam String hospitalCode, RedirectAttributes flash) {
        return act(region, "", flash, () -> hospitals.removeHospital(staff.login(), region(region), hospitalCode));
    }

    /** 认定病种 of one hospital: scope ALL (every disease) or LISTED (only the diseases ticked). */
    @PostMapping("/hospitals/diseases")
    String hospitalDiseases(@RequestParam String region, @RequestParam String hospitalCode,
                            @RequestParam(defaultValue = "") String scope,
                            @RequestParam(name = "diseases", required = false) List<String> diseases,
                            RedirectAttributes flash) {
        return act(region, "", flash, () -> {
            if (!List.of("ALL", "LISTED").contains(scope)) {
                throw BusinessException.invalid("scope", "CHRONIC_ADMIN_DISEASES_REQUIRED");
            }
            List<String> chosen = diseases == null ? List.of() : diseases;
            if (chosen.size() > MAX_DISEASES) {
                throw BusinessException.invalid("diseases", "CHRONIC_ADMIN_DISEASE_UNKNOWN");
            }
            hospitals.assessDiseases(staff.login(), region(region), hospitalCode, "ALL".equals(scope), chosen);
        });
    }

    @PostMapping("/departments")
    String addDepartment(@RequestParam String region, @RequestParam String hospitalCode,
                         @RequestParam(defaultValue = "") String department, RedirectAttributes flash) {
        return act(region, "", flash, () -> hospitals.addDepartment(staff.login(), region(region), hospitalCode, department));
    }

    @PostMapping("/departments/remove")
    String removeDepartment(@RequestParam String region, @RequestParam String hospitalCode,
                            @RequestParam String department, RedirectAttributes flash) {
        return act(region, "", flash,
                () -> hospitals.removeDepartment(staff.login(), region(region), hospitalCode, department));
    }

    @PostMapping("/materials")
    String materials(@RequestParam String region, @RequestParam String disease,
                     @RequestParam Map<String, String> params, RedirectAttributes flash) {
        return act(region, disease, flash, () -> {
            if (catalog.find(disease).isEmpty()) {
                throw BusinessException.invalid("diseaseCode", "CATALOG_CHRONIC_UNKNOWN", disease);
            }
            if (params.containsKey("reset")) {
                requirements.reset(staff.login(), disease);
                return;
            }
            Map<MaterialKind, MaterialRequirements.Need> needs = new EnumMap<>(MaterialKind.class);
            for (MaterialKind k : MaterialKind.values()) {
                String v = params.getOrDefault("need_" + k.name(), "NONE");
                needs.put(k, Optional.of(v).filter(x -> List.of("REQUIRED", "OPTIONAL").contains(x))
                        .map(MaterialRequirements.Need::valueOf).orElse(MaterialRequirements.Need.NONE));
            }
            requirements.setForDisease(staff.login(), disease, needs);
        });
    }

    private String act(String region, String disease, RedirectAttributes flash, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("notice", messages.text("chronic.admin.saved"));
        } catch (BusinessException e) {
            flash.addFlashAttribute("notice", messages.byField(e).values().iterator().next());
        }
        flash.addAttribute("region", region(region));
        if (!disease.isBlank()) {
            flash.addAttribute("disease", disease);
        }
        return BACK;
    }

    private String region(String region) {
        return regions.find(region).map(r -> region).orElse(regions.all().get(0).code());
    }
}
