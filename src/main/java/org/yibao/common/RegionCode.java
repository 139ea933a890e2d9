package org.yibao.common;

import java.util.regex.Pattern;

/**
 * A GB/T 2260 administrative division code of six digits (参保地、就医地、统筹区 {@code insuplc_admdvs},
 * {@code mdtrtarea_admdvs}), as it travels between modules: never a bare string that could be an institution code
 * or a name.
 */
public record RegionCode(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    public RegionCode {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("a region code is six digits: " + value);
        }
    }

    /** The province the region lies in (its first two digits, then 0000). */
    public RegionCode province() {
        return new RegionCode(value.substring(0, 2) + "0000");
    }

    /** Whether both regions lie in the same province. */
    public boolean sameProvinceAs(RegionCode other) {
        return value.regionMatches(0, other.value, 0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
