package org.yibao.common;

import java.util.regex.Pattern;

/**
 * The code of a designated medical institution or pharmacy (定点医药机构编号 {@code fixmedins_code}, the
 * {@code x-tif-paasid} of its calls), as it travels between modules: never a bare string that could be a region
 * code or a token.
 */
public record InstitutionCode(String value) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,30}");

    public InstitutionCode {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("an institution code is 1 to 30 letters and digits: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
