package org.yibao.service.remote.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.yibao.catalog.AdministrativeDivision;
import org.yibao.catalog.AdministrativeDivisions;
import org.yibao.common.Masking;
import org.yibao.service.Application;
import org.yibao.service.RemoteCareFilings;
import org.yibao.service.Subjects;
import org.yibao.service.remote.RemoteCareCategory;
import org.yibao.service.remote.RemoteCareForm;
import org.yibao.service.remote.RemoteCareForms;
import org.yibao.service.remote.RemoteCareSettings;

/**
 * Renders the 备案申报 form: provinces other than the insured one, the chosen province's cities, the categories
 * of the chosen type, the region's validity, the 京津 温馨提示 for provinces with 免备案 destinations, and, when
 * such a destination is chosen, the answer that no filing is needed in place of the next step.
 */
@Component
class FormPage {

    private final AdministrativeDivisions divisions;
    private final RemoteCareForms forms;
    private final RemoteCareSettings settings;

    FormPage(AdministrativeDivisions divisions, RemoteCareForms forms, RemoteCareSettings settings) {
        this.divisions = divisions;
        this.forms = forms;
        this.settings = settings;
    }

    /** Whom the form is for, as the page needs it. */
    record Who(long personId, String maskedName, String regionCode) {
    }

    static Who who(Subjects.Subject s) {
        return new Who(s.personId(), Masking.name(s.name()), s.regionCode());
    }

    static Who who(Application a) {
        return new Who(a.personId(), a.maskedName(), a.regionCode());
    }

    String show(Model model, Who who, RemoteCareForm form, @Nullable Application draft,
                @Nullable Map<String, String> errors) {
        RemoteCareFilings.Kind kind = RemoteCareCategory.kind(form.kind()).orElse(RemoteCareFilings.Kind.TEMPORARY);
        String insuredProvince = RemoteCareFilings.provinceOf(who.regionCode());
        List<AdministrativeDivision> provinces = divisions.provinces().stream()
                .filter(p -> !p.code().equals(insuredProvince)).toList();
        boolean provinceKnown = form.provinceCode() != null
                && provinces.stream().anyMatch(p -> p.code().equals(form.provinceCode()));
        model.addAttribute("who", who);
        model.addAttribute("form", form);
        model.addAttribute("kind", kind.name());
        model.addAttribute("categories", RemoteCareCategory.of(kind));
        model.addAttribute("provinces", provinces);
        model.addAttribute("cities", provinceKnown ? divisions.cities(form.provinceCode()) : List.of());
        model.addAttribute("exempt", provinceKnown && forms.exempt(form.provinceCode(), who.regionCode()));
        model.addAttribute("exemptions", settings.exemptions().stream()
                .anyMatch(e -> e.insuredProvinceCode().equals(insuredProvince)));
        model.addAttribute("months", settings.of(who.regionCode()).temporaryMonths());
        model.addAttribute("today", forms.today());
        model.addAttribute("draft", draft);
        model.addAttribute("action", draft == null ? RemoteCareApplyPages.BASE + "/form?person=" + who.personId()
                : RemoteCareApplyPages.BASE + "/applications/" + draft.id() + "/form");
        model.addAttribute("errors", errors);
        return "service/remote/form";
    }

    String destination(RemoteCareForm form) {
        return forms.destinationName(form.provinceCode(), form.cityCode());
    }
}
