package org.yibao.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.yibao.common.IdNumber;

/** Fresh, valid identifiers so that every test owns its data. */
public final class TestIds {

    private static final AtomicInteger SEQ = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

    private TestIds() {
    }

    /** A mobile number no demo person uses (prefix 139). */
    public static String phone() {
        return "139" + String.format("%08d", (SEQ.incrementAndGet() * 7919L + System.nanoTime() % 1000) % 100_000_000L);
    }

    /** A valid GB 11643 number for a person born on {@code birth} in region {@code region}, male when {@code male}. */
    public static String idNumber(String region, LocalDate birth, boolean male) {
        int seq = SEQ.incrementAndGet() % 500 * 2 + (male ? 1 : 0);
        String first17 = region + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", seq % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }
}
