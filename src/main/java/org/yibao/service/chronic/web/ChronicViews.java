package org.yibao.service.chronic.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.yibao.catalog.ChronicDiseaseCatalog;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.Upload;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuranceStatus;
import org.yibao.insured.InsuredPerson;
import org.yibao.insured.InsuredPersons;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.SubjectRoute;
import org.yibao.service.chronic.AssessingHospitals;
import org.yibao.service.chronic.ChronicDiseaseRules;
import org.yibao.service.chronic.ChronicForm;
import org.yibao.service.chronic.Commitments;
import org.yibao.service.chronic.SpecialType;

/** What the steps and the confirm page show: the person's 基本信息, the region's lists, the saved materials. */
@Component
class ChronicViews {

    private final InsuredPersons persons;
    private final PoolingRegions regions;
    private final ChronicDiseaseCatalog catalog;
    private final AssessingHospitals hospitals;
    private final ChronicDiseaseRules rules;
    private final ApplicationQueries queries;

    ChronicViews(InsuredPersons persons, PoolingRegions regions, ChronicDiseaseCatalog catalog,
                 AssessingHospitals hospitals, ChronicDiseaseRules rules, ApplicationQueries queries) {
        this.persons = persons;
        this.regions = regions;
        this.catalog = catalog;
        this.hospitals = hospitals;
        this.rules = rules;
        this.queries = queries;
    }

    /** 基本信息 as the seed's confirm page shows it. */
    record BasicFacts(String name, String genderCode, String idNumber, @Nullable String employerName,
                      @Nullable String employerNumber, String insutype, String regionName) {
    }

    static @Nullable SpecialType specialType(String value) {
        for (SpecialType t : SpecialType.values()) {
            if (t.name().equals(value)) {
                return t;
            }
        }
        return null;
    }

    void basicFacts(Model model, long personId, @Nullable Application application) {
        InsuredPerson p = persons.find(personId).orElse(null);
        if (p == null) {
            return;
        }
        List<InsurancePeriod> periods = persons.periods(personId);
        InsurancePeriod period = periods.stream()
                .filter(x -> application == null ? x.status() == InsuranceStatus.NORMAL : x.regionCode().equals(application.regionCode()))
                .findFirst().orElse(periods.isEmpty() ? null : periods.get(0));
        boolean own = application == null || application.route() == SubjectRoute.SELF;
        String regionName = period == null ? "" : regions.find(period.regionCode())
                .map(r -> r.provinceName() + " " + r.name()).orElse(period.regionCode());
        model.addAttribute("basic", new BasicFacts(own ? p.name() : p.maskedName(), p.gender().code(),
                p.idNumber().masked(), period == null ? null : period.employerName(),
                period == null ? null : period.employerNumber(), period == null ? "" : period.insutype(), regionName));
    }

    private void frame(Model model, Application a, ChronicForm form, int step, Map<String, String> errors) {
        model.addAttribute("app", a);
        model.addAttribute("form", form);
        model.addAttribute("kind", form.kind());
        model.addAttribute("step", step);
        model.addAttribute("errors", errors);
    }

    String step2(Model model, Application a, ChronicForm form, Map<String, String> errors) {
        frame(model, a, form, 2, errors);
        model.addAttribute("specialTypes", SpecialType.values());
        if (!model.containsAttribute("committed")) {
            model.addAttribute("committed", queries.commitmentKinds(a.id()).contains(Commitments.SPECIAL_COMMITMENT));
        }
        return "service/chronic/step2";
    }

    String step3(Model model, Application a, ChronicForm form, Map<String, String> errors) {
        frame(model, a, form, 3, errors);
        model.addAttribute("diseases", catalog.forRegion(a.regionCode()).stream()
                .filter(d -> d.kind().name().equals(form.kind())).toList());
        hospitals(model, a, form.diseaseCode(), form.hospitalCode(), form.department());
        return "service/chronic/step3";
    }

    /**
     * The hospitals that may assess the disease (every assessing hospital of the region while none is chosen), the
     * chosen one kept when it is among them, and its departments.
     */
    String hospitals(Model model, Application a, @Nullable String diseaseCode, @Nullable String hospitalCode,
                     @Nullable String department) {
        boolean forDisease = diseaseCode != null && catalog.offers(a.regionCode(), diseaseCode);
        List<AssessingHospitals.Hospital> list = forDisease ? hospitals.forDisease(a.regionCode(), diseaseCode)
                : hospitals.ofRegion(a.regionCode());
        String chosen = list.stream().map(AssessingHospitals.Hospital::code).filter(c -> c.equals(hospitalCode))
                .findFirst().orElse(list.isEmpty() ? "" : list.get(0).code());
        model.addAttribute("app", a);
        model.addAttribute("hospitals", list);
        model.addAttribute("forDisease", forDisease);
        model.addAttribute("diseaseName", forDisease ? rules.diseaseName(diseaseCode) : "");
        model.addAttribute("chosenHospital", chosen);
        departments(model, a, chosen, chosen.equals(hospitalCode) && department != null ? department : "");
        return "service/chronic/hospitals :: hospitals";
    }

    String departments(Model model, Application a, String hospitalCode, String chosen) {
        model.addAttribute("app", a);
        model.addAttribute("departments", hospitals.find(a.regionCode(), hospitalCode)
                .map(AssessingHospitals.Hospital::departments).orElse(List.of()));
        model.addAttribute("chosenDepartment", chosen);
        return "service/chronic/departments :: departments";
    }

    String step4(Model model, Application a, ChronicForm form, Map<String, String> errors) {
        frame(model, a, form, 4, errors);
        model.addAttribute("requirements", rules.requirementsOf(form));
        model.addAttribute("materials", queries.materials(a.id()));
        model.addAttribute("maxMegabytes", Upload.MAX_BYTES / 1024 / 1024);
        model.addAttribute("diseaseName", rules.diseaseName(form.diseaseCode()));
        return "service/chronic/step4";
    }

    String confirm(Model model, Application a, Map<String, String> errors) {
        ChronicForm form = ChronicForm.read(a.formJson());
        frame(model, a, form, 5, errors);
        basicFacts(model, a.personId(), a);
        model.addAttribute("diseaseName", rules.diseaseName(form.diseaseCode()));
        model.addAttribute("hospitalName", hospitals.name(form.hospitalCode()).orElse(form.hospitalCode()));
        model.addAttribute("materials", queries.materials(a.id()));
        return "service/chronic/confirm";
    }
}
