package org.yibao.service.remote;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.yibao.catalog.AdministrativeDivision;
import org.yibao.catalog.AdministrativeDivisions;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.InputErrors;
import org.yibao.common.Problem;
import org.yibao.service.RemoteCareFilings;
import org.yibao.service.RemoteCareFilings.Kind;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads, writes and checks the 备案申报 form: the destination must lie in another province than the insured
 * region's and must not be 免备案 for it (Hebei insured and 京津 since 2023-02-10), the start date must not lie in
 * the past, the category must belong to the type, phones must be mobile numbers.
 */
@Component
public class RemoteCareForms {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AdministrativeDivisions divisions;
    private final RemoteCareSettings settings;
    private final Clock clock;

    RemoteCareForms(AdministrativeDivisions divisions, RemoteCareSettings settings, Clock clock) {
        this.divisions = divisions;
        this.settings = settings;
        this.clock = clock;
    }

    public RemoteCareForm read(String json) {
        return JSON.readValue(json, RemoteCareForm.class);
    }

    public String write(RemoteCareForm form) {
        return JSON.writeValueAsString(form);
    }

    public LocalDate today() {
        return BusinessTime.today(clock);
    }

    /** Refuses, field by field, a form that cannot be filed for a person insured in {@code insuredRegion}. */
    public void check(RemoteCareForm f, String insuredRegion) {
        InputErrors errors = new InputErrors();
        Kind kind = RemoteCareCategory.kind(f.kind()).orElse(null);
        if (kind == null) {
            errors.reject("kind", "REMOTE_KIND_REQUIRED");
        }
        RemoteCareCategory category = RemoteCareCategory.parse(f.category()).orElse(null);
        if (category == null || (kind != null && category.kind() != kind)) {
            errors.reject("category", "REMOTE_CATEGORY_REQUIRED");
        }
        checkDestination(errors, f, insuredRegion);
        LocalDate start = parseDate(f.startDate());
        if (start == null) {
            errors.reject("startDate", blank(f.startDate()) ? "REMOTE_START_REQUIRED" : "REMOTE_START_FORMAT");
        } else if (start.isBefore(today())) {
            errors.reject("startDate", "REMOTE_START_PAST");
        } else if (start.isAfter(today().plusYears(1))) {
            errors.reject("startDate", "REMOTE_START_TOO_LATE");
        }
        errors.phone("phone", f.phone());
        errors.text("contactName", f.contactName(), 30);
        errors.phone("contactPhone", f.contactPhone());
        errors.text("contactAddress", f.contactAddress(), 100);
        errors.throwIfAny();
    }

    /** Whether the destination province is 免备案 for the insured region today. */
    public boolean exempt(@Nullable String provinceCode, String insuredRegion) {
        return provinceCode != null && !provinceCode.isBlank()
                && settings.exempt(insuredRegion, provinceCode, today());
    }

    /** Refuses a destination that is missing, unknown, in the insured province or 免备案 for it. */
    private void checkDestination(InputErrors errors, RemoteCareForm f, String insuredRegion) {
        AdministrativeDivision province = blank(f.provinceCode()) ? null
                : divisions.find(f.provinceCode()).filter(AdministrativeDivision::isProvince).orElse(null);
        if (province == null) {
            errors.reject("provinceCode", "REMOTE_PROVINCE_REQUIRED");
            return;
        }
        if (province.code().equals(RemoteCareFilings.provinceOf(insuredRegion))) {
            errors.reject("provinceCode", "REMOTE_SAME_PROVINCE");
            return;
        }
        if (exempt(province.code(), insuredRegion)) {
            errors.reject("provinceCode", "REMOTE_EXEMPT");
            return;
        }
        boolean cityOk = !blank(f.cityCode()) && divisions.cities(province.code()).stream()
                .anyMatch(c -> c.code().equals(f.cityCode()));
        if (!cityOk && !errors.has("provinceCode")) {
            errors.reject("cityCode", "REMOTE_CITY_REQUIRED");
        }
    }

    /** 广东省广州市, or 北京市 once for a 直辖市. */
    public String destinationName(@Nullable String provinceCode, @Nullable String cityCode) {
        String province = blank(provinceCode) ? "" : divisions.find(provinceCode).map(AdministrativeDivision::name).orElse("");
        String city = blank(cityCode) || cityCode.equals(provinceCode) ? ""
                : divisions.find(cityCode).map(AdministrativeDivision::name).orElse("");
        return province + city;
    }

    public static @Nullable LocalDate parseDate(@Nullable String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The last day of a temporary filing starting on {@code start} in the region; null for long-term. */
    public @Nullable LocalDate endDate(Kind kind, LocalDate start, String insuredRegion) {
        return kind == Kind.LONG_TERM ? null
                : start.plusMonths(settings.of(insuredRegion).temporaryMonths()).minusDays(1);
    }

    static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    static BusinessException conflict(String code, Object... args) {
        return new BusinessException(Problem.CONFLICT, code, args);
    }
}
