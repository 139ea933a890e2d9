package org.yibao.insured;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One insurance relationship of a person: in a pooling region, of an insurance type (national `insutype`:
 * 310 职工基本医疗保险, 390 城乡居民基本医疗保险), with person type, status and employer.
 */
public record InsurancePeriod(String regionCode, String insutype, String psnType, InsuranceStatus status,
                              LocalDate beginDate, @Nullable LocalDate pausedDate,
                              @Nullable String employerNumber, @Nullable String employerName) {

    public boolean isEmployee() {
        return "310".equals(insutype);
    }
}
