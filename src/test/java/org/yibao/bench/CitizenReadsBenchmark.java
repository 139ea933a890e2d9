package org.yibao.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citizen API's reads on province-scale data (issue 18: 消费信息 by year, 参保信息, 办件进度, 共济消费记录, p95 under
 * 50 ms at 32 concurrent users). Each user logs in as {@code tokensPerUser} generated persons (phones
 * 17000000001…, the demo password, see bench/province.sh) and then, for the measured seconds, reads one of the four
 * as one of its persons, chosen at random, one request after the other. Prints per read the count, p50/p95/p99
 * and the errors. Yibao must let the logins through its throttles (bench/province-reads.sh raises them).
 * Arguments: base URL, persons generated, users, warm-up seconds, measured seconds. With
 * {@code -Dbench.authorizers=<file>} (phones of 共济 authorizers, one a line, see bench/province-mutual-aid.sh) each
 * user also logs in as as many authorizers, and 共济消费记录 is read as one of them, so that it reads real rows.
 */
public final class CitizenReadsBenchmark {

    private static final String[] READS = {"consumptions?year=", "insurance", "applications", "consumptions/mutual-aid"};
    private static final String[] NAMES = {"消费信息 by year", "参保信息", "办件进度", "共济消费记录"};
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private CitizenReadsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int persons = Integer.parseInt(args[1]);
        int users = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int tokensPerUser = Integer.getInteger("bench.tokens", 4);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<String> authorizers = System.getProperty("bench.authorizers") == null ? List.of()
                : java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("bench.authorizers")))
                        .stream().filter(l -> !l.isBlank()).toList();
        List<List<String>> tokens = logins(http, base, n -> "17" + String.format("%09d", 1 + n % persons), users,
                tokensPerUser, pool);
        List<List<String>> aiding = authorizers.isEmpty() ? tokens : logins(http, base,
                n -> authorizers.get(n % authorizers.size()), users, tokensPerUser, pool);
        System.out.printf("%d users logged in as %d persons each%s%n", users, tokensPerUser, authorizers.isEmpty()
                ? "" : " and as " + tokensPerUser + " of " + authorizers.size() + " 共济 authorizers each");
        run(http, base, tokens, aiding, pool, warmup, false);
        run(http, base, tokens, aiding, pool, seconds, true);
        pool.shutdown();
    }

    private static List<List<String>> logins(HttpClient http, String base, java.util.function.IntFunction<String> phones,
                                             int users, int each, ExecutorService pool) throws Exception {
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            futures.add(pool.submit(() -> {
                List<String> mine = new ArrayList<>();
                while (mine.size() < each) {
                    String phone = phones.apply(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE));
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"username\":\"" + phone + "\",\"password\":\"Yibao2025\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    Matcher m = TOKEN.matcher(r.body());
                    if (r.statusCode() != 200 || !m.find()) {
                        throw new IllegalStateException("login " + phone + ": " + r.statusCode() + " " + r.body());
                    }
                    mine.add(m.group(1));
                }
                return mine;
            }));
        }
        List<List<String>> all = new ArrayList<>();
        for (Future<List<String>> f : futures) {
            all.add(f.get());
        }
        return all;
    }

    private static void run(HttpClient http, String base, List<List<String>> tokens, List<List<String>> aiding,
                            ExecutorService pool, int seconds, boolean print) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<long[][]>> futures = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        for (int u = 0; u < tokens.size(); u++) {
            List<String> mine = tokens.get(u);
            List<String> aid = aiding.get(u);
            futures.add(pool.submit(() -> user(http, base, mine, aid, end, errors)));
        }
        List<List<Long>> byRead = new ArrayList<>();
        for (int i = 0; i < READS.length; i++) {
            byRead.add(new ArrayList<>());
        }
        for (Future<long[][]> f : futures) {
            long[][] mine = f.get();
            for (int i = 0; i < READS.length; i++) {
                for (long t : mine[i]) {
                    if (t > 0) {
                        byRead.get(i).add(t);
                    }
                }
            }
        }
        if (!print) {
            return;
        }
        int total = byRead.stream().mapToInt(List::size).sum();
        System.out.printf("%d users, %d s: %d reads, %.0f/s, %d errors%n", tokens.size(), seconds, total,
                total / (double) seconds, errors.get());
        for (int i = 0; i < READS.length; i++) {
            long[] t = byRead.get(i).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("  %-18s %7d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", NAMES[i], t.length,
                    ms(t, 0.50), ms(t, 0.95), ms(t, 0.99));
        }
    }

    /** One user's requests until {@code end}: per read, the latencies in nanoseconds (0 = unused slot). */
    private static long[][] user(HttpClient http, String base, List<String> mine, List<String> aid, long end,
                                 AtomicInteger errors) throws Exception {
        long[][] times = new long[READS.length][1 << 16];
        int[] counts = new int[READS.length];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < end) {
            int read = random.nextInt(READS.length);
            String path = READS[read] + (read == 0 ? String.valueOf(2024 + random.nextInt(3)) : "");
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/" + path))
                    .header("Authorization", "Bearer " + (read == 3 ? aid : mine).get(random.nextInt(mine.size())))
                    .GET().build();
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t0;
            if (r.statusCode() != 200) {
                errors.incrementAndGet();
            } else if (counts[read] < times[read].length) {
                times[read][counts[read]++] = took;
            }
        }
        for (int i = 0; i < READS.length; i++) {
            times[i] = Arrays.copyOf(times[i], counts[i]);
        }
        return times;
    }

    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
