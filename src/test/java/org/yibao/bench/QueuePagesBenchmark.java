package org.yibao.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yibao.support.WebSession;

/**
 * The back office's lists on province-scale data (issue 18: 100 000 applications page in under 100 ms): logs in
 * as a clerk (and the administrator, who sees every region) and times pages of 公服待办业务查询 and of 待审核业务 —
 * the first, one in the middle and the last — each {@code runs} times, printing the median and the slowest.
 * Arguments: the port of Yibao, runs.
 */
public final class QueuePagesBenchmark {

    private static final Pattern COUNT = Pattern.compile("id=\"pending-count\">[^0-9]*([0-9]+)");

    private QueuePagesBenchmark() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        for (String[] who : new String[][] {{"clerk130200", "Clerk2025"}, {"admin", "Admin2025"}}) {
            WebSession web = new WebSession(port);
            web.submit("/staff/login", "/staff/login", Map.of("username", who[0], "password", who[1]));
            Matcher m = COUNT.matcher(web.get("/staff/applications/all").body());
            int total = m.find() ? Integer.parseInt(m.group(1)) : 0;
            int last = Math.max(1, (total + 19) / 20);
            System.out.printf("%s: 公服待办业务查询 lists %d submissions, %d pages%n", who[0], total, last);
            for (int page : new int[] {1, Math.max(1, last / 2), last}) {
                time(web, "/staff/applications/all?page=" + page, runs);
            }
            time(web, "/staff/applications/all?review=undecided", runs);
            time(web, "/staff/applications", runs);
        }
    }

    private static void time(WebSession web, String path, int runs) {
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            int status = web.get(path).statusCode();
            t[i] = System.nanoTime() - t0;
            if (status != 200) {
                throw new IllegalStateException(path + ": " + status);
            }
        }
        Arrays.sort(t);
        System.out.printf("  %-48s median %6.1f ms  max %6.1f ms%n", path, t[runs / 2] / 1e6, t[runs - 1] / 1e6);
    }
}
