package org.yibao.fhir.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.yibao.catalog.Institutions;
import org.yibao.catalog.PoolingRegions;
import org.yibao.fhir.internal.Capability;
import org.yibao.fhir.internal.CodeSystems;
import org.yibao.fhir.internal.FhirCaller;
import org.yibao.fhir.internal.FhirException;
import org.yibao.fhir.internal.FhirReads;
import org.yibao.fhir.internal.OrganizationResources;

/**
 * The read-only FHIR R4 endpoint {@code /fhir/r4}: {@code metadata}, reads by id and searches that return a
 * searchset Bundle, in JSON. Every refusal is an OperationOutcome with its status (400, 401, 403, 404, 405, 406).
 */
@RestController
@RequestMapping("/fhir")
@Tag(name = "FHIR R4 (read-only)", description = "docs/fhir.md: application/fhir+json")
class FhirController {

    private static final Logger log = LoggerFactory.getLogger(FhirController.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9.-]{1,64}");
    private static final Pattern COVERAGE_ID = Pattern.compile("(\\d{1,18})-\\d{6}-\\d{3}");
    private static final Pattern PERSON_ID = Pattern.compile("\\d{1,18}");

    private final FhirJson json;
    private final FhirCallers callers;
    private final FhirReads reads;
    private final Institutions institutions;
    private final PoolingRegions regions;

    FhirController(FhirJson json, FhirCallers callers, FhirReads reads, Institutions institutions,
                   PoolingRegions regions) {
        this.json = json;
        this.callers = callers;
        this.reads = reads;
        this.institutions = institutions;
        this.regions = regions;
    }

    @GetMapping("/r4/metadata")
    @Operation(summary = "CapabilityStatement: what the FHIR facade offers (public)")
    ResponseEntity<String> metadata(@RequestParam(name = "_format", required = false) String format) {
        SearchParams.checkFormat(format);
        return json.ok(Capability.statement(base()));
    }

    @GetMapping("/r4/{type}/{id}")
    @Operation(summary = "Reads Patient, Coverage, Organization, Claim, ClaimResponse, ExplanationOfBenefit or CodeSystem by id")
    ResponseEntity<String> read(@PathVariable String type, @PathVariable String id,
                                @RequestParam(name = "_format", required = false) String format,
                                HttpServletRequest request) {
        knownType(type);
        SearchParams.checkFormat(format);
        if (!ID.matcher(id).matches()) {
            throw FhirException.notFound("资源 id 格式不正确");
        }
        if (type.equals("CodeSystem")) {
            return json.ok(CodeSystems.find(id).orElseThrow(() -> FhirException.notFound("代码系统不存在")));
        }
        FhirCaller caller = callers.of(request);
        return json.ok(switch (type) {
            case "Patient" -> reads.patient(caller, personId(id));
            case "Coverage" -> {
                Matcher m = COVERAGE_ID.matcher(id);
                if (!m.matches()) {
                    throw FhirException.notFound("参保关系 id 应为 人员编号-统筹区-险种");
                }
                yield reads.coverage(caller, Long.parseLong(m.group(1)), id);
            }
            case "Organization" -> organization(id);
            default -> reads.settlement(caller, type, id);
        });
    }

    @GetMapping("/r4/{type}")
    @Operation(summary = "Searches Coverage (patient), Claim, ClaimResponse, ExplanationOfBenefit (patient, created) or CodeSystem (url)")
    ResponseEntity<String> search(@PathVariable String type, @RequestParam MultiValueMap<String, String> query,
                                  HttpServletRequest request) {
        knownType(type);
        SearchParams params = SearchParams.parse(type, query);
        if (type.equals("CodeSystem")) {
            List<Resource> all = CodeSystems.ids().stream().map(id -> (Resource) CodeSystems.find(id).orElseThrow())
                    .filter(cs -> params.url() == null || params.url().equals(((CodeSystem) cs).getUrl())).toList();
            return json.ok(bundle(type, all, params, false));
        }
        FhirCaller caller = callers.of(request);
        if (type.equals("Coverage")) {
            Long patient = params.patient() != null ? params.patient() : caller.personId();
            if (patient == null && caller.kind() == FhirCaller.Kind.CITIZEN) {
                throw FhirException.forbidden("请先完成实名认证");
            }
            if (patient == null) {
                throw FhirException.invalid("请用 patient=Patient/人员编号 指定参保人");
            }
            List<Resource> coverages = List.copyOf(reads.coverages(caller, patient));
            return json.ok(bundle(type, coverages, params, false));
        }
        List<Resource> found = reads.settlements(caller, type, params.patient(), params.from(), params.to(),
                params.count(), params.offset());
        return json.ok(bundle(type, found, params, found.size() == params.count()));
    }

    /** Anything else under {@code /fhir}: another method (405) or a path the facade does not have (404). */
    @Hidden
    @RequestMapping("/**")
    ResponseEntity<String> other(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return json.outcome(405, IssueType.NOTSUPPORTED, "只读接口，只接受 GET 请求");
        }
        return json.outcome(404, IssueType.NOTFOUND, "没有这个资源或操作");
    }

    @ExceptionHandler(FhirException.class)
    ResponseEntity<String> refused(FhirException e) {
        return json.outcome(e.status(), e.issue(), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failed(Exception e) {
        log.error("FHIR request failed", e);
        return json.outcome(500, IssueType.EXCEPTION, "服务暂时不可用，请稍后重试");
    }

    private Resource organization(String id) {
        return institutions.find(id).<Resource>map(OrganizationResources::institution)
                .or(() -> regions.all().stream().filter(r -> r.agencyCode().equals(id)).findFirst()
                        .map(OrganizationResources::agency))
                .orElseThrow(() -> FhirException.notFound("机构不存在"));
    }

    private Bundle bundle(String type, List<Resource> resources, SearchParams params, boolean more) {
        Bundle b = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        String self = base() + "/" + type;
        b.addLink().setRelation("self").setUrl(self + page(params, params.offset()));
        if (more) {
            b.addLink().setRelation("next").setUrl(self + page(params, params.offset() + params.count()));
        } else {
            b.setTotal(params.offset() + resources.size());
        }
        for (Resource r : resources) {
            b.addEntry().setFullUrl(base() + "/" + r.fhirType() + "/" + r.getIdElement().getIdPart()).setResource(r)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return b;
    }

    /** The query of a page, rebuilt from the checked parameters (never echoing what the client sent). */
    private static String page(SearchParams p, int offset) {
        StringBuilder q = new StringBuilder("?_count=").append(p.count()).append("&_offset=").append(offset);
        if (p.patient() != null) {
            q.append("&patient=Patient/").append(p.patient());
        }
        if (p.from() != null) {
            q.append("&created=ge").append(p.from().toLocalDate());
        }
        if (p.to() != null) {
            q.append("&created=lt").append(p.to().toLocalDate());
        }
        return q.toString();
    }

    private static void knownType(String type) {
        if (!Capability.TYPES.contains(type)) {
            throw FhirException.notFound("不支持的资源类型");
        }
    }

    private static long personId(String id) {
        if (!PERSON_ID.matcher(id).matches()) {
            throw FhirException.notFound("参保人不存在");
        }
        return Long.parseLong(id);
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/fhir/r4").toUriString();
    }
}
