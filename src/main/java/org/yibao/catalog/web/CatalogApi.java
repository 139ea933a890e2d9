package org.yibao.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yibao.catalog.AdministrativeDivision;
import org.yibao.catalog.AdministrativeDivisions;
import org.yibao.catalog.ChronicDisease;
import org.yibao.catalog.ChronicDiseaseCatalog;
import org.yibao.catalog.Institution;
import org.yibao.catalog.InstitutionFilter;
import org.yibao.catalog.Institutions;
import org.yibao.catalog.ItemFilter;
import org.yibao.catalog.MedicalCatalog;
import org.yibao.catalog.PolicyArticles;
import org.yibao.catalog.PolicyFilter;
import org.yibao.catalog.PoolingRegion;
import org.yibao.catalog.PoolingRegions;
import org.yibao.catalog.web.CatalogViews.ItemView;
import org.yibao.catalog.web.CatalogViews.PageView;
import org.yibao.catalog.web.CatalogViews.PolicyView;
import org.yibao.common.BusinessException;
import org.yibao.common.InputErrors;
import org.yibao.common.Problem;

/**
 * Public read API of the catalogs (查询服务) for app and mini-program clients: no login, GET only. Parameters are
 * taken as text and checked by the catalog, so a wrong one is a 400 problem with a Chinese detail.
 */
@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "目录查询 Catalog")
@Transactional(readOnly = true) // may be answered by a replica (ReplicaRouting)
class CatalogApi {

    private final AdministrativeDivisions divisions;
    private final PoolingRegions regions;
    private final Institutions institutions;
    private final MedicalCatalog items;
    private final ChronicDiseaseCatalog diseases;
    private final PolicyArticles policies;
    private final CatalogViews views;

    CatalogApi(AdministrativeDivisions divisions, PoolingRegions regions, Institutions institutions,
               MedicalCatalog items, ChronicDiseaseCatalog diseases, PolicyArticles policies, CatalogViews views) {
        this.divisions = divisions;
        this.regions = regions;
        this.institutions = institutions;
        this.items = items;
        this.diseases = diseases;
        this.policies = policies;
        this.views = views;
    }

    @GetMapping("/divisions")
    @Operation(summary = "行政区划 (GB/T 2260): the provinces, or with province= the cities of one province")
    List<AdministrativeDivision> divisions(@RequestParam(required = false) @Nullable String province) {
        return province == null || province.isBlank() ? divisions.provinces() : divisions.cities(province.strip());
    }

    @GetMapping("/divisions/{code}")
    @Operation(summary = "One administrative division")
    AdministrativeDivision division(@PathVariable String code) {
        return divisions.find(code).orElseThrow(() -> notFound("CATALOG_DIVISION_UNKNOWN", code));
    }

    @GetMapping("/pooling-regions")
    @Operation(summary = "统筹区: the pooling regions Yibao serves")
    List<PoolingRegion> poolingRegions() {
        return regions.all();
    }

    @GetMapping("/institutions")
    @Operation(summary = "定点医药机构查询: region, kind (HOSPITAL / PHARMACY), level (1-3), q (name), page (20 a page)")
    PageView<Institution> institutions(@RequestParam(required = false) @Nullable String region,
                                       @RequestParam(required = false) @Nullable String kind,
                                       @RequestParam(required = false) @Nullable String level,
                                       @RequestParam(required = false) @Nullable String q,
                                       @RequestParam(required = false) @Nullable String page) {
        return PageView.of(institutions.search(new InstitutionFilter(region, kind, level, q, page)), i -> i);
    }

    @GetMapping("/institutions/{code}")
    @Operation(summary = "One designated institution")
    Institution institution(@PathVariable String code) {
        return institutions.find(code).orElseThrow(() -> notFound("CATALOG_INSTITUTION_NOT_FOUND", code));
    }

    @GetMapping("/items")
    @Operation(summary = "医保目录 (药品 / 耗材 / 诊疗项目): category (DRUG, CONSUMABLE, SERVICE), q (name or code), page")
    PageView<ItemView> items(@RequestParam(required = false) @Nullable String category,
                             @RequestParam(required = false) @Nullable String q,
                             @RequestParam(required = false) @Nullable String page) {
        return PageView.of(items.search(new ItemFilter(category, q, page)), views::item);
    }

    @GetMapping("/items/{code}")
    @Operation(summary = "One item of the medical list by its national code (med_list_codg); amounts in yuan")
    ItemView item(@PathVariable String code) {
        return items.find(code).map(views::item).orElseThrow(() -> notFound("CATALOG_ITEM_NOT_FOUND", code));
    }

    @GetMapping("/chronic-diseases")
    @Operation(summary = "门诊慢特病 the pooling region recognises (region required)")
    List<ChronicDisease> chronicDiseases(@RequestParam(required = false) @Nullable String region) {
        InputErrors errors = new InputErrors();
        String code = errors.text("region", region, 6);
        errors.throwIfAny();
        return diseases.forRegion(code);
    }

    @GetMapping("/policies")
    @Operation(summary = "政策咨询: q (keyword), region (that region, its province and national documents), page")
    PageView<PolicyView> policies(@RequestParam(required = false) @Nullable String q,
                                  @RequestParam(required = false) @Nullable String region,
                                  @RequestParam(required = false) @Nullable String page) {
        return PageView.of(policies.search(new PolicyFilter(q, region, page)), p -> views.policy(p, false));
    }

    @GetMapping("/policies/{id}")
    @Operation(summary = "One policy document with its paragraphs")
    PolicyView policy(@PathVariable String id) {
        if (!id.matches("\\d{1,18}")) {
            throw notFound("CATALOG_POLICY_NOT_FOUND");
        }
        return policies.find(Long.parseLong(id)).map(p -> views.policy(p, true))
                .orElseThrow(() -> notFound("CATALOG_POLICY_NOT_FOUND"));
    }

    private static BusinessException notFound(String code, Object... args) {
        return new BusinessException(Problem.NOT_FOUND, code, args);
    }
}
