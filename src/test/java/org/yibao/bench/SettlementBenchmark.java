package org.yibao.bench;

import static org.yibao.bench.InstitutionClient.map;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.yibao.bench.BenchPeople.Group;
import org.yibao.bench.BenchPeople.Person;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the institution interfaces (API.md §1 and §2) of a running Yibao over HTTP with N concurrent clients and
 * prints settlements per second and p50/p95/p99 latency for (a) 2207 on prepared visits and (b) the full flow
 * ec.query → 1101 → 2201 → 2204 → 2207, the person identified by the ecToken of a scanned QR code throughout. Not a
 * test: {@code bench/settlement.sh} starts PostgreSQL, pgbench and Yibao and runs it.
 *
 * <p>Arguments: {@code baseUrl jdbcUrl jdbcUser clients seconds [warmupSeconds]}. The JDBC URL is used to create
 * the benchmark's own insured persons of 保定 with an active e-voucher, a few visits' worth each, in the mix of a
 * city ({@link Group}: employees and retirees paying from their personal accounts, residents paying cash, residents
 * paid for by a relative's account through 共济), or residents only with {@code -Dbench.mix=residents} (the
 * population of the benchmark before), and to read the platform's QR signing key: the benchmark plays the citizens' phones and shows
 * each flow a fresh dynamic QR code signed exactly as {@code QrCodes.issue} signs it. The codes of a run are signed
 * before its clock starts (the phones' work, not the server's); they live 60 s, so (b) runs at most 45 s.
 *
 * <p>Run (a) settles visits prepared beforehand, after settling some of them unmeasured for the warm-up time;
 * {@code (seconds + warm-up) × 2800} are prepared (at least {@code clients × 200}; the system property
 * {@code bench.visits} sets another number); when they run out before the time is up, the rate is taken over the
 * time it took and the line says so.
 *
 * <p>Before measuring, full flows run for the warm-up time (default 30 s), and so do settlements before (a), so that
 * what is measured is the server as it runs all day, its paths compiled by the JIT's last tier. The warm-up of 2207
 * used to be 10 s: on two cores about 5 000 settlements, as many calls as C2 waits for before it compiles a method
 * called once per settlement, and C2 was still compiling during (a), at 5 % of the machine. Their figures are printed
 * but are not the result.
 */
public final class SettlementBenchmark {

    private static final JsonMapper JSON = InstitutionClient.JSON;
    private static final String INSTITUTION = InstitutionClient.INSTITUTION;
    /** What one flow (a) or settlement (b) is expected to reach at most per second, to size the prepared work. */
    private static final int CEILING_PER_SECOND = 2_800;

    private final InstitutionClient client;
    /** How many items the last phase run completed. */
    private long lastOk;
    private final String ecUrl = "/ec/api/query";

    private SettlementBenchmark(String baseUrl) {
        this.client = new InstitutionClient(baseUrl, 30_000);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: SettlementBenchmark baseUrl jdbcUrl jdbcUser clients seconds [warmupSeconds]");
            System.exit(2);
        }
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 30;
        if (seconds > 45 || warmup > 45) { // the full flows of the warm-up and of (b) scan codes signed before them
            throw new IllegalArgumentException("QR codes live 60 s: run and warm up at most 45 s each");
        }
        SettlementBenchmark bench = new SettlementBenchmark(args[0]);
        int visits = Integer.getInteger("bench.visits",
                Math.max(clients * 200, (seconds + warmup) * CEILING_PER_SECOND));
        boolean residentsOnly = "residents".equals(System.getProperty("bench.mix", "city"));
        // a few visits per person, as in a day of a real city; at least 20 per client for the full flows
        List<Person> people = new ArrayList<>(
                BenchPeople.createPeople(args[1], args[2], Math.max(clients * 20, visits / 3), residentsOnly));
        // persons come in a random order, as to a city's hospitals, each again only after all the others (in the
        // order they were made, the three members of a 家庭共济 family came within a few milliseconds of each other,
        // every time, and met on the authorizer's account row far more often than families do)
        Collections.shuffle(people, new Random(20_261_205));
        System.out.printf("population: %d persons (%s), about %d visits each%n", people.size(),
                residentsOnly ? "residents only" : "city mix", Math.max(1, visits / people.size()));
        QrSigner qr = QrSigner.of(args[1], args[2]);
        bench.client.signIn();
        if (warmup > 0) {
            bench.run("warm-up, full flow (not measured)", clients, warmup, codes(qr, people, warmup), bench::fullFlow);
        }
        ConcurrentLinkedQueue<String> prepared = new ConcurrentLinkedQueue<>(bench.prepareVisits(people, clients, visits));
        if (warmup > 0) { // the full flows above settle too few visits for the JIT to finish with 2207's path
            bench.run("warm-up, 2207 (not measured)", clients, warmup, prepared, bench.client::settle);
        }
        Statements statements = new Statements(args[1], args[2]);
        double tpcb = pgbench(statements);
        statements.reset();
        double settlements = bench.run("(a) 2207 on prepared visits", clients, seconds, prepared, bench.client::settle);
        if (tpcb > 0) {
            System.out.printf("(a) / pgbench just before: %.1f / %.1f = %.2f%n", settlements, tpcb, settlements / tpcb);
        }
        statements.print("(a)", bench.lastOk);
        double after = pgbench(statements);
        if (tpcb > 0 && after > 0) { // two pgbench runs 40 s apart differ by up to a fifth
            System.out.printf("(a) / mean of pgbench before and after it: %.1f / %.1f = %.2f%n", settlements,
                    (tpcb + after) / 2, settlements / ((tpcb + after) / 2));
        }
        ConcurrentLinkedQueue<String> flows = codes(qr, people, seconds);
        statements.reset();
        bench.run("(b) full flow ec.query-1101-2201-2204-2207", clients, seconds, flows, bench::fullFlow);
        statements.print("(b)", bench.lastOk);
    }

    /**
     * Runs pgbench (the command in {@code -Dbench.pgbench}) just before a measured phase, so that both meet the
     * machine in the same state, and prints its figures, its WAL per transaction with them (how many transactions
     * shared a flush, to set beside the settlements'); answers its TPS, 0 without a command.
     */
    private static double pgbench(Statements statements) throws Exception {
        String command = System.getProperty("bench.pgbench", "");
        if (command.isBlank()) {
            return 0;
        }
        statements.resetWal();
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        double tps = 0;
        long processed = 0;
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("tps") || line.startsWith("latency average")) {
                    System.out.println("pgbench TPC-B: " + line);
                }
                if (line.startsWith("tps = ")) {
                    tps = Double.parseDouble(line.substring(6).split(" ")[0]);
                }
                if (line.startsWith("number of transactions actually processed: ")) {
                    processed = Long.parseLong(line.substring(line.indexOf(": ") + 2).split("[ /]")[0]);
                }
            }
        }
        p.waitFor();
        if (processed > 0) {
            statements.printWal("pgbench", processed);
        }
        return tps;
    }

    /**
     * With {@code -Dbench.statements=true} (and pg_stat_statements loaded), the statements PostgreSQL ran during a
     * phase: calls and time per call, most time first.
     */
    private record Statements(String jdbcUrl, String user) {
        private static final String RESET_WAL = "select pg_stat_reset_shared('wal')";

        private boolean on() {
            return Boolean.getBoolean("bench.statements");
        }

        /**
         * Before a phase: a checkpoint, so that no timed checkpoint (and the burst of full-page images after it)
         * falls into the phase by chance — the script does the same before pgbench — and the statistics emptied.
         */
        void reset() throws Exception {
            try (Connection c = BenchPeople.connect(jdbcUrl, user); Statement s = c.createStatement()) {
                s.execute("checkpoint");
                s.execute(RESET_WAL);
                if (on()) {
                    s.execute("select pg_stat_statements_reset()");
                }
                if (waits(s)) {
                    s.execute("delete from bench_wait");
                }
            }
        }

        /** Empties the WAL statistics only (pgbench's command makes its own checkpoint). */
        void resetWal() throws Exception {
            try (Connection c = BenchPeople.connect(jdbcUrl, user); Statement s = c.createStatement()) {
                s.execute(RESET_WAL);
            }
        }

        /** Whether {@code BENCH_WAITS=1} samples what PostgreSQL's busy sessions wait for (into bench_wait). */
        private static boolean waits(Statement s) throws SQLException {
            try (ResultSet rs = s.executeQuery("select to_regclass('bench_wait') is not null")) {
                return rs.next() && rs.getBoolean(1);
            }
        }

        /**
         * After a phase: the WAL it wrote per settlement or flow (full-page images after the checkpoint it started
         * with included), and with {@code bench.statements} its statements.
         */
        void print(String phase, long completed) throws Exception {
            printWal(phase, completed);
            printWaits(phase);
            printStatements(phase);
        }

        /** The WAL written since the last reset, per item, and how many items shared each flush to disk. */
        void printWal(String phase, long completed) throws Exception {
            try (Connection c = BenchPeople.connect(jdbcUrl, user); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select wal_records, wal_fpi, wal_bytes, wal_sync from pg_stat_wal")) {
                rs.next();
                long n = Math.max(1, completed);
                System.out.printf("WAL of %s: %.1f MB, per item %d bytes, %.1f records, %.2f full-page images,"
                        + " %.2f flushes to disk (items per flush %.1f)%n", phase, rs.getLong(3) / 1e6,
                        rs.getLong(3) / n, rs.getDouble(1) / n, rs.getDouble(2) / n, rs.getDouble(4) / n,
                        n / Math.max(1.0, rs.getDouble(4)));
            }
        }

        private void printWaits(String phase) throws Exception {
            try (Connection c = BenchPeople.connect(jdbcUrl, user); Statement s = c.createStatement()) {
                if (waits(s)) {
                    try (ResultSet rs = s.executeQuery("""
                            select wait, count(*), round(100.0 * count(*) / sum(count(*)) over (), 1) from bench_wait
                            group by 1 order by 2 desc limit 8""")) {
                        StringBuilder line = new StringBuilder("what busy sessions waited for in " + phase
                                + " (samples every 50 ms, share):");
                        while (rs.next()) {
                            line.append(' ').append(rs.getString(1)).append(' ').append(rs.getString(3)).append(" %,");
                        }
                        System.out.println(line.substring(0, line.length() - 1));
                    }
                }
            }
        }

        private void printStatements(String phase) throws Exception {
            if (!on()) {
                return;
            }
            try (Connection c = BenchPeople.connect(jdbcUrl, user); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("""
                         select calls, round(total_exec_time::numeric, 0), round((total_exec_time / calls)::numeric, 3),
                                wal_bytes / calls, round(wal_fpi::numeric / calls, 2), plans,
                                round((total_plan_time / calls)::numeric, 3),
                                left(regexp_replace(query, '\\s+', ' ', 'g'), 90)
                         from pg_stat_statements where calls > 0
                           and dbid = (select oid from pg_database where datname = current_database())
                         order by total_exec_time desc limit 25""")) {
                System.out.printf("statements of %s: calls, ms in all, ms per call, WAL bytes per call, full-page images"
                        + " per call, plans, planning ms per call, statement%n", phase);
                while (rs.next()) {
                    System.out.printf("%8d %7d %7s %6d %5s %8d %6s  %s%n", rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getLong(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8));
                }
            }
        }
    }

    /** Fresh QR codes for the people in turn, enough for the run, signed now; each item names the person's group. */
    private static ConcurrentLinkedQueue<String> codes(QrSigner qr, List<Person> people, int seconds) {
        int count = Math.max(1000, seconds * CEILING_PER_SECOND / 3);
        long started = System.nanoTime();
        List<String> codes = IntStream.range(0, count).parallel()
                .mapToObj(i -> people.get(i % people.size()))
                .map(p -> p.group().name() + "|" + qr.issue(p.id())).toList();
        System.out.printf("signed %d QR codes in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
        return new ConcurrentLinkedQueue<>(codes);
    }

    private interface Step {
        boolean run(String item) throws Exception;
    }

    /**
     * Runs the phase, prints its figures for the whole mix and for each group (a work item starts with its group's
     * name and a bar; the step is given the whole item), and the share of the machine's cores the client itself used meanwhile, so that a reader can
     * tell the server's speed from the client's; answers the mix's rate per second.
     */
    private double run(String name, int clients, int seconds, ConcurrentLinkedQueue<String> work, Step step)
            throws InterruptedException {
        Map<String, List<Long>> latencies = new java.util.concurrent.ConcurrentHashMap<>();
        String startedAt = java.time.LocalTime.now().withNano(0).toString();
        AtomicLong failures = new AtomicLong();
        CpuShare cpu = CpuShare.start();
        long start = System.nanoTime();
        AtomicLong last = new AtomicLong(start);
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                String item;
                while (System.nanoTime() < end && (item = work.poll()) != null) {
                    int bar = item.indexOf('|');
                    long t0 = System.nanoTime();
                    try {
                        if (step.run(item)) {
                            long done = System.nanoTime();
                            latencies.computeIfAbsent(item.substring(0, bar),
                                    g -> Collections.synchronizedList(new ArrayList<>())).add(done - t0);
                            last.accumulateAndGet(done, Math::max);
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        String share = cpu.stop();
        double elapsed = Math.max(1e-3, (last.get() - start) / 1e9);
        lastOk = latencies.values().stream().mapToLong(List::size).sum();
        long[] all = latencies.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s (from %s): %d clients, %.1f s, %d ok, %d failed, %.1f per second, p50 %.1f ms, p95 %.1f ms, "
                        + "p99 %.1f ms%s; %s%n", name, startedAt, clients, elapsed, all.length, failures.get(),
                all.length / elapsed, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99),
                work.isEmpty() ? " (ran out of work)" : "", share);
        if (latencies.size() > 1) {
            for (Group group : Group.values()) {
                long[] sorted = latencies.getOrDefault(group.name(), List.of()).stream().mapToLong(Long::longValue)
                        .sorted().toArray();
                System.out.printf("    %-14s %6d ok, %7.1f per second, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                        group.label, sorted.length, sorted.length / elapsed, ms(sorted, 0.50), ms(sorted, 0.95),
                        ms(sorted, 0.99));
            }
        }
        return all.length / elapsed;
    }

    /**
     * The CPU time this client's JVM used during a phase, as a share of all the machine's cores, next to how busy the
     * cores were in all ({@code /proc/stat}); Yibao and PostgreSQL had the rest of the busy share.
     */
    private record CpuShare(long processNanos, long wallNanos, long[] machine) {

        static CpuShare start() {
            return new CpuShare(processCpu(), System.nanoTime(), machineTicks());
        }

        String stop() {
            double wall = (System.nanoTime() - wallNanos) * (double) Runtime.getRuntime().availableProcessors();
            double client = 100.0 * (processCpu() - processNanos) / wall;
            long[] now = machineTicks();
            long total = now[0] - machine[0];
            double busy = total <= 0 ? 0 : 100.0 * (now[1] - machine[1]) / total;
            return String.format("client CPU %.0f %% of all cores (machine busy %.0f %%)", client, busy);
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime();
        }

        /** All ticks and busy ticks (not idle, not waiting for I/O) of all cores so far. */
        private static long[] machineTicks() {
            try {
                String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim()
                        .split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length; i++) {
                    total += Long.parseLong(f[i]);
                }
                return new long[] {total, total - Long.parseLong(f[4]) - Long.parseLong(f[5])};
            } catch (Exception e) {
                return new long[] {0, 0};
            }
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
    }

    /**
     * Registers and uploads fees for visits in parallel; answers each visit as psn_no, mdtrt_id, chrg_bchno, total,
     * voucher type and voucher number joined by a bar.
     */
    private List<String> prepareVisits(List<Person> people, int clients, int count) throws Exception {
        ConcurrentLinkedQueue<String> out = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Person person = people.get(i % people.size());
            pool.submit(() -> {
                try {
                    String visit = client.registerWithFees(person.group(), "02", person.idNumber(), person.idNumber());
                    if (visit != null) {
                        out.add(visit);
                    }
                } catch (Exception e) {
                    // a failed preparation simply leaves one visit fewer to settle
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        System.out.printf("prepared %d visits (1101-2201-2204) in %.1f s%n", out.size(),
                (System.nanoTime() - started) / 1e9);
        return new ArrayList<>(out);
    }

    /** ec.query with the code, then 1101 → 2201 → 2204 → 2207 with the ecToken it answered. */
    private boolean fullFlow(String groupAndCode) throws Exception {
        int bar = groupAndCode.indexOf('|');
        Group group = Group.valueOf(groupAndCode.substring(0, bar));
        String qrCode = groupAndCode.substring(bar + 1);
        Map<String, Object> body = map("orgId", INSTITUTION, "transType", "ec.query", "data", map("qrCode", qrCode,
                "businessType", "01101", "operatorId", "bench", "operatorName", "Bench", "officeId", "D01",
                "officeName", "门诊收费处"));
        JsonNode decoded = client.post(ecUrl, JSON.writeValueAsString(body));
        if (decoded.path("code").asInt(-1) != 0) {
            return false;
        }
        String ecToken = decoded.get("data").get("ecToken").asString();
        String visit = client.registerWithFees(group, "01", ecToken, decoded.get("data").get("idNo").asString());
        return visit != null && client.settle(visit);
    }

    /**
     * Signs dynamic QR codes with the platform's SM2 key as {@code QrCodes.issue} does: {@code YB} and base64url of
     * version, person, channel, issue second and an 8-byte nonce, followed by the SM2 signature (r‖s). The key is
     * the one stored in the database; when Yibao has not made one yet, the benchmark stores one the same way
     * Yibao would (the first insert wins).
     */
    private record QrSigner(ECPrivateKeyParameters key) {

        private static final ECDomainParameters DOMAIN;
        private static final SecureRandom RANDOM = new SecureRandom();

        static {
            X9ECParameters x9 = CustomNamedCurves.getByName("sm2p256v1");
            DOMAIN = new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH());
        }

        static QrSigner of(String jdbcUrl, String user) throws Exception {
            try (Connection c = BenchPeople.connect(jdbcUrl, user); Statement s = c.createStatement()) {
                BigInteger d;
                do {
                    d = new BigInteger(256, RANDOM);
                } while (d.signum() == 0 || d.compareTo(DOMAIN.getN().subtract(BigInteger.ONE)) >= 0);
                try (PreparedStatement insert = c.prepareStatement("""
                        insert into voucher_signing_key (id, private_key, public_key, created_at) values (1, ?, ?, now())
                        on conflict (id) do nothing""")) {
                    insert.setString(1, d.toString(16));
                    insert.setString(2, HexFormat.of().formatHex(DOMAIN.getG().multiply(d).normalize().getEncoded(false)));
                    insert.executeUpdate();
                }
                try (ResultSet rs = s.executeQuery("select private_key from voucher_signing_key where id = 1")) {
                    rs.next();
                    return new QrSigner(new ECPrivateKeyParameters(new BigInteger(rs.getString(1), 16), DOMAIN));
                }
            }
        }

        String issue(long personId) {
            byte[] nonce = new byte[8];
            ThreadLocalRandom.current().nextBytes(nonce);
            byte[] payload = ByteBuffer.allocate(26).put((byte) 1).putLong(personId).put((byte) 1)
                    .putLong(System.currentTimeMillis() / 1000).put(nonce).array();
            SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE);
            signer.init(true, new ParametersWithRandom(key, RANDOM));
            signer.update(payload, 0, payload.length);
            try {
                byte[] signature = signer.generateSignature();
                byte[] all = ByteBuffer.allocate(payload.length + signature.length).put(payload).put(signature).array();
                return "YB" + Base64.getUrlEncoder().withoutPadding().encodeToString(all);
            } catch (CryptoException e) {
                throw new IllegalStateException(e);
            }
        }
    }

}
