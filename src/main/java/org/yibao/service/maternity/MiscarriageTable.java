package org.yibao.service.maternity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yibao.common.InputErrors;

/**
 * 流产 days by weeks of pregnancy as a region's table says: bands "from week:days" in strictly ascending weeks, the
 * first starting at week 1, e.g. {@code 1:15,12:30,16:42}; a 流产 in week w gets the days of the last band starting
 * at or before w.
 */
public record MiscarriageTable(List<Band> bands) {

    /** From {@code fromWeek} on (inclusive), {@code days} of leave. */
    public record Band(int fromWeek, int days) {
    }

    private static final Pattern SHAPE = Pattern.compile("[0-9]{1,2}:[0-9]{1,3}(,[0-9]{1,2}:[0-9]{1,3}){0,19}");

    public MiscarriageTable {
        bands = List.copyOf(bands);
    }

    /** Reads a table already checked (as stored); blank means none. */
    public static MiscarriageTable parse(String text) {
        List<Band> bands = new ArrayList<>();
        for (String band : text.split(",")) {
            String[] p = band.split(":");
            bands.add(new Band(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
        }
        return new MiscarriageTable(bands);
    }

    /** Refuses a table that is not bands from week 1 in ascending weeks up to 40 with 0 to 365 days each. */
    static void check(InputErrors errors, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (text.length() > 200 || !SHAPE.matcher(text).matches()) {
            errors.reject("miscarriageTable", "ALLOWANCE_TABLE_FORMAT");
            return;
        }
        int previous = 0;
        for (Band b : parse(text).bands()) {
            if (b.fromWeek() <= previous || b.fromWeek() > 40 || b.days() > 365
                    || (previous == 0 && b.fromWeek() != 1)) {
                errors.reject("miscarriageTable", "ALLOWANCE_TABLE_FORMAT");
                return;
            }
            previous = b.fromWeek();
        }
    }

    /** The band a 流产 in the given week falls in. */
    public Band bandOf(int weeks) {
        Band found = bands.get(0);
        for (Band b : bands) {
            if (b.fromWeek() <= weeks) {
                found = b;
            }
        }
        return found;
    }
}
