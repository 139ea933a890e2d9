package org.yibao.bench;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.yibao.bench.BenchPeople.Person;
import tools.jackson.databind.JsonNode;

/**
 * Settlements through two Yibao nodes on one PostgreSQL HA cluster while its primary dies: N clients, half on each
 * node, run visits (1101 → 2201 → 2204 → 2207) for a bounded time; at {@code killAfter} seconds the command in
 * {@code -Dfailover.kill} kills the primary. A call that fails meanwhile — Yibao's answer "数据库暂不可用", a timeout,
 * a broken connection — is sent again with the same msgid until it is answered, as a HIS does. Afterwards
 * {@link FailoverCheck} looks on the new primary for every settlement answered infcode 0. Not a test:
 * {@code bench/failover.sh} builds the cluster, starts the nodes and runs it.
 *
 * <p>Arguments: {@code node1Url node2Url jdbcUrl jdbcUser clients seconds killAfterSeconds}; the JDBC URL (the
 * cluster's multi-host URL) makes the bench's insured persons and reads the checks.
 */
public final class FailoverBenchmark {

    /** How long one call is sent again before the run gives up on it. */
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(120);
    private static final DateTimeFormatter RESPOND_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final List<FailoverCheck.Answered> answered = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger broken = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger resent = new AtomicInteger();
    private final AtomicInteger replayed = new AtomicInteger();
    private final AtomicLong killedAt = new AtomicLong(Long.MAX_VALUE);
    /** When each error (answer 'unavailable', timeout, broken connection) was noticed. */
    private final List<Long> errorTimes = Collections.synchronizedList(new ArrayList<>());
    /** Each settlement answered infcode 0: when its call was sent and when it was answered. */
    private final List<long[]> settledTimes = Collections.synchronizedList(new ArrayList<>());
    /** Refusals (an answer other than infcode 0 and 'unavailable', or an exception) by interface and message. */
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        if (args.length < 7) {
            System.err.println("usage: FailoverBenchmark node1Url node2Url jdbcUrl jdbcUser clients seconds killAfter");
            System.exit(2);
        }
        int clients = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        int killAfter = Integer.parseInt(args[6]);
        List<Person> people = BenchPeople.createPeople(args[2], args[3], Math.max(200, clients * 40), false);
        List<InstitutionClient> nodes = List.of(new InstitutionClient(args[0], 15_000),
                new InstitutionClient(args[1], 15_000));
        for (InstitutionClient node : nodes) {
            node.signIn();
        }
        FailoverBenchmark bench = new FailoverBenchmark();
        long start = System.nanoTime();
        bench.load(nodes, people, clients, start, seconds, killAfter);
        bench.report(start, FailoverCheck.on(args[2], args[3], bench.answered, people));
    }

    /** Runs the clients until the time is up, killing the primary on the way; waits for every call to be answered. */
    private void load(List<InstitutionClient> nodes, List<Person> people, int clients, long start, int seconds,
                      int killAfter) throws InterruptedException {
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        pool.submit(() -> killPrimary(start + TimeUnit.SECONDS.toNanos(killAfter)));
        AtomicInteger next = new AtomicInteger();
        for (int c = 0; c < clients; c++) {
            InstitutionClient node = nodes.get(c % nodes.size());
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        visit(node, people.get(Math.floorMod(next.getAndIncrement(), people.size())));
                    } catch (Exception e) {
                        refused("exception", e.toString());
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 300L, TimeUnit.SECONDS);
    }

    private void killPrimary(long at) {
        String command = System.getProperty("failover.kill", "");
        try {
            TimeUnit.NANOSECONDS.sleep(Math.max(0, at - System.nanoTime()));
            if (command.isBlank()) {
                return;
            }
            killedAt.set(System.nanoTime());
            Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
            p.waitFor();
        } catch (IOException | InterruptedException e) {
            System.out.println("could not kill the primary: " + e);
        }
    }

    /** One visit: its calls sent until answered; a settlement answered infcode 0 is kept for the checks. */
    private void visit(InstitutionClient node, Person person) throws Exception {
        String prepared = node.registerWithFees(person.group(), "02", person.idNumber(), person.idNumber(),
                (infno, input) -> {
                    String message = node.envelope(infno, InstitutionClient.newMsgid(), input);
                    JsonNode answer = untilAnswered(() -> node.send(message), false);
                    if (answer.path("infcode").asInt(-1) != 0) {
                        refused(infno, answer.path("err_msg").asString(""));
                    }
                    return answer;
                });
        if (prepared == null) {
            return;
        }
        String msgid = InstitutionClient.newMsgid();
        String message = node.settlementEnvelope(prepared, msgid);
        JsonNode answer = untilAnswered(() -> node.send(message), true);
        if (answer.path("infcode").asInt(-1) != 0) {
            refused("2207", answer.path("err_msg").asString(""));
            return;
        }
        String[] p = prepared.split("\\|");
        answered.add(new FailoverCheck.Answered(msgid, p[2], person.id(), answer.get("output").get("setlinfo")));
    }

    private interface Sending {
        JsonNode send() throws Exception;
    }

    private void refused(String infno, String message) {
        refused.incrementAndGet();
        refusals.computeIfAbsent(infno + " " + message, k -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * The answer of a call, sent again (the same message, so the same msgid; a fresh signature) while Yibao answers
     * that its database is unavailable or the call times out or breaks; counts those, and the answers that were
     * stored before the resend.
     */
    private JsonNode untilAnswered(Sending sending, boolean settlement) throws Exception {
        long started = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            long sentAt = System.nanoTime();
            Instant sentWall = Instant.now();
            try {
                JsonNode answer = sending.send();
                if (!unavailable(answer)) {
                    if (settlement && answer.path("infcode").asInt(-1) == 0) {
                        settledTimes.add(new long[] {sentAt, System.nanoTime()});
                    }
                    answeredAfter(attempt, answer, sentWall);
                    return answer;
                }
                unavailable.incrementAndGet();
                errorTimes.add(System.nanoTime());
            } catch (IOException e) {
                broken.incrementAndGet();
                errorTimes.add(System.nanoTime());
            }
            if (System.nanoTime() - started > GIVE_UP_NANOS) {
                throw new IllegalStateException("no answer within 120 s");
            }
            Thread.sleep(250);
        }
    }

    private void answeredAfter(int attempt, JsonNode answer, Instant sentWall) {
        if (attempt > 0) {
            resent.incrementAndGet();
            String respond = answer.path("respond_time").asString("");
            if (respond.length() == 17 && LocalDateTime.parse(respond, RESPOND_TIME)
                    .atZone(ZoneId.of("Asia/Shanghai")).toInstant().isBefore(sentWall)) {
                replayed.incrementAndGet(); // the first attempt's commit went through: its stored answer
            }
        }
    }

    private static boolean unavailable(JsonNode answer) {
        return answer.path("infcode").asInt(0) != 0 && answer.path("err_msg").asString("").startsWith("医保平台数据库暂不可用");
    }

    private void report(long start, FailoverCheck.Result check) {
        System.out.printf("answered: %d settlements answered infcode 0 (calls answered after a resend: %d, of them "
                + "%d with the answer stored before the resend)%n", answered.size(), resent.get(), replayed.get());
        System.out.printf("present: %d (row, amounts and stored answer as answered)%n", check.present());
        System.out.printf("lost: %d%n", check.lost().size());
        check.lost().stream().limit(10).forEach(l -> System.out.println("    lost " + l));
        System.out.printf("doubled: %d%n", check.doubled());
        reportFailover(start);
        System.out.printf("errors during failover: %d answers 'database unavailable', %d timeouts or broken "
                + "connections, all sent again with their msgid%n", unavailable.get(), broken.get());
        System.out.printf("journals: %d accounts, %d whose journal does not sum to the balance, %d whose settlements "
                + "do not%n", check.accounts(), check.journalMismatches(), check.settlementMismatches());
        System.out.printf("refused: %d%n", refused.get());
        new TreeMap<>(refusals).forEach((what, count) -> System.out.printf("    %d × %s%n", count.get(), what));
    }

    /**
     * Failover seconds: from the kill to the first settlement answered infcode 0 whose call was sent after the first
     * error that followed the kill (calls answered in the instant between the kill command and the primary's death
     * do not count as recovered); and the span from the first to the last error after the kill.
     */
    private void reportFailover(long start) {
        long killed = killedAt.get();
        if (killed == Long.MAX_VALUE) {
            System.out.println("failover seconds: no primary was killed");
            return;
        }
        long firstError;
        long lastError;
        synchronized (errorTimes) {
            firstError = errorTimes.stream().filter(t -> t > killed).min(Long::compare).orElse(Long.MAX_VALUE);
            lastError = errorTimes.stream().filter(t -> t > killed).max(Long::compare).orElse(Long.MAX_VALUE);
        }
        if (firstError == Long.MAX_VALUE) {
            System.out.printf("failover seconds: no error after the kill at +%.1f s%n", (killed - start) / 1e9);
            return;
        }
        long recovered;
        synchronized (settledTimes) {
            recovered = settledTimes.stream().filter(t -> t[0] > firstError).mapToLong(t -> t[1]).min()
                    .orElse(Long.MAX_VALUE);
        }
        System.out.printf("failover seconds: %s (primary killed at +%.1f s, first error at +%.1f s, first settlement "
                + "sent after it answered at %s)%n", recovered == Long.MAX_VALUE ? "none recovered"
                        : String.format("%.1f", (recovered - killed) / 1e9), (killed - start) / 1e9,
                (firstError - start) / 1e9, recovered == Long.MAX_VALUE ? "—"
                        : String.format("+%.1f s", (recovered - start) / 1e9));
        System.out.printf("span of errors: %.1f s (from +%.1f s to +%.1f s)%n", (lastError - firstError) / 1e9,
                (firstError - start) / 1e9, (lastError - start) / 1e9);
    }
}
