package org.yibao.service.payment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.yibao.catalog.Institution;
import org.yibao.catalog.InstitutionFilter;
import org.yibao.catalog.Institutions;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.Upload;
import org.yibao.insured.InsurancePeriod;
import org.yibao.insured.InsuredPersons;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.SubjectRoute;
import org.yibao.service.payment.BankAccount;
import org.yibao.service.payment.ClaimMaterials;
import org.yibao.service.web.MaterialUploads;

/**
 * What the claim pages (零星报销, 生育医疗费, 生育津贴) show alike: the steps, the patient as the insurance knows
 * them (确认患者信息), the bank choices, the hospitals to choose from, the materials, and the uploads as they came.
 */
@Component
public class ClaimViews {

    /** The patient facts of 确认患者信息; someone else's name and number are masked. */
    public record Patient(String name, String idNumber, @Nullable String employerName, String insutype,
                          String regionName) {
    }

    private static final int HOSPITAL_PAGES = 5;

    private final InsuredPersons persons;
    private final PoolingRegions regions;
    private final Institutions institutions;
    private final ApplicationQueries queries;

    ClaimViews(InsuredPersons persons, PoolingRegions regions, Institutions institutions, ApplicationQueries queries) {
        this.persons = persons;
        this.regions = regions;
        this.institutions = institutions;
        this.queries = queries;
    }

    /** The frame of every step: where the pages live, the title key, the step labels and the one shown. */
    public void frame(Model model, String base, String titleKey, List<String> steps, int step,
                      @Nullable Application app, Map<String, String> errors) {
        model.addAttribute("base", base);
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("steps", steps);
        model.addAttribute("step", step);
        model.addAttribute("app", app);
        model.addAttribute("errors", errors);
    }

    /** 确认患者信息: the person's facts and the bank categories and payees to choose. */
    public void patient(Model model, Application a) {
        boolean own = a.route() == SubjectRoute.SELF;
        InsurancePeriod period = persons.periods(a.personId()).stream()
                .filter(p -> p.regionCode().equals(a.regionCode())).findFirst().orElse(null);
        String regionName = regions.find(a.regionCode()).map(r -> r.provinceName() + " " + r.name())
                .orElse(a.regionCode());
        model.addAttribute("patient", new Patient(own ? a.personName() : a.maskedName(), a.maskedIdNumber(),
                period == null ? null : period.employerName(), period == null ? "" : period.insutype(), regionName));
        model.addAttribute("bankCategories", BankAccount.CATEGORIES);
        model.addAttribute("payees", BankAccount.PAYEES);
    }

    /** The designated hospitals to choose (every region: a 异地 visit is claimed too). */
    public List<Institution> hospitals() {
        List<Institution> out = new ArrayList<>();
        for (int page = 1; page <= HOSPITAL_PAGES; page++) {
            var result = institutions.search(new InstitutionFilter(null, "HOSPITAL", null, null,
                    String.valueOf(page)));
            out.addAll(result.items());
            if (result.items().size() < 20) {
                break;
            }
        }
        return out;
    }

    /** 上传材料: the kinds asked for and the files already there. */
    public void materials(Model model, Application a, List<ClaimMaterials.Requirement> requirements) {
        model.addAttribute("requirements", requirements);
        model.addAttribute("materials", queries.materials(a.id()));
        model.addAttribute("maxMegabytes", Upload.MAX_BYTES / 1024 / 1024);
    }

    /** One of the application's materials, shown inline to its applicant. */
    public ResponseEntity<byte[]> material(long id, long materialId) {
        return queries.materials(id).stream().filter(m -> m.id() == materialId).findFirst()
                .flatMap(m -> queries.materialContent(id, materialId).map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(m.contentType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .header("X-Content-Type-Options", "nosniff").body(bytes)))
                .orElse(ResponseEntity.notFound().build());
    }

    /** The uploaded files under their field names (the material kinds). */
    public static List<ClaimMaterials.NewMaterial> files(jakarta.servlet.http.HttpServletRequest request) {
        return MaterialUploads.files(request, ClaimMaterials.NewMaterial::new);
    }
}
