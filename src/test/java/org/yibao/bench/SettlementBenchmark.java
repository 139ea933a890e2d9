package org.yibao.bench;

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
import org.yibao.catalog.InstitutionSignatures;
import org.yibao.common.IdNumber;
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
 * <p>Run (a) settles visits prepared beforehand, after settling some of them unmeasured for up to 10 s (the warm-up
 * time); {@code (seconds + that) × 2800} are prepared (at least {@code clients × 200}; the system
 * property {@code bench.visits} sets another number); when they run out before the time is up, the rate is taken
 * over the time it took and the line says so.
 *
 * <p>Before measuring, full flows run for the warm-up time (default 15 s) so that the JIT has compiled the paths
 * measured; their figures are printed but are not the result.
 */
public final class SettlementBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INSTITUTION = "H13060200001";
    private static final String TOKEN = "demo-token-" + INSTITUTION;
    private static final DateTimeFormatter MSG_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter INF_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** What one flow (a) or settlement (b) is expected to reach at most per second, to size the prepared work. */
    private static final int CEILING_PER_SECOND = 2_800;

    private final ThreadLocal<KeepAlive> connection;
    private final AtomicInteger serial = new AtomicInteger();
    /** Makes this run's 门诊号 differ from those of earlier runs against the same database. */
    private final String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
    private final String url;
    private final String ecUrl;
    private String signNo = "";
    /** How many items the last phase run completed. */
    private long lastOk;

    private SettlementBenchmark(String baseUrl) {
        URI base = URI.create(baseUrl);
        this.url = "/fsi/api/rsfComIfsService/callService";
        this.ecUrl = "/ec/api/query";
        this.connection = ThreadLocal.withInitial(() -> new KeepAlive(base.getHost(), base.getPort()));
    }

    /** A bench person: the ID number, the internal id the QR code carries, and how the person is insured and pays. */
    private record Person(String idNumber, long id, Group group) {
    }

    /**
     * How a bench person is insured and pays the personal part of a settlement: employees and retirees from their own
     * personal account (the ledger on the path), residents in cash, and residents whose part an employee relative's
     * account pays (家庭共济).
     */
    enum Group {
        EMPLOYEE("职工 个人账户", "310", "1101", "1"),
        RETIREE("退休 个人账户", "310", "1201", "1"),
        RESIDENT("居民 现金", "390", "1501", "0"),
        MUTUAL_AID("居民 家庭共济", "390", "1501", "1");

        final String label;
        final String insutype;
        final String psnType;
        final String acctUsedFlag;

        Group(String label, String insutype, String psnType, String acctUsedFlag) {
            this.label = label;
            this.insutype = insutype;
            this.psnType = psnType;
            this.acctUsedFlag = acctUsedFlag;
        }

        /**
         * The group of the i-th person. The city mix, per 20 persons: 7 employees (slot 0 is the 共济 authorizer of
         * slots 18 and 19), 3 retirees, 8 residents paying cash, 2 residents paid for by 共济; the resident mix is the
         * benchmark's population before (residents only, cash).
         */
        static Group of(int i, boolean residentsOnly) {
            int slot = i % 20;
            if (residentsOnly) {
                return RESIDENT;
            }
            return slot < 7 ? EMPLOYEE : slot < 10 ? RETIREE : slot < 18 ? RESIDENT : MUTUAL_AID;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: SettlementBenchmark baseUrl jdbcUrl jdbcUser clients seconds [warmupSeconds]");
            System.exit(2);
        }
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 15;
        if (seconds > 45) {
            throw new IllegalArgumentException("QR codes live 60 s: run at most 45 s");
        }
        SettlementBenchmark bench = new SettlementBenchmark(args[0]);
        int settleWarmup = Math.min(warmup, 10);
        int visits = Integer.getInteger("bench.visits",
                Math.max(clients * 200, (seconds + settleWarmup) * CEILING_PER_SECOND));
        boolean residentsOnly = "residents".equals(System.getProperty("bench.mix", "city"));
        // a few visits per person, as in a day of a real city; at least 20 per client for the full flows
        List<Person> people = createPeople(args[1], args[2], Math.max(clients * 20, visits / 3), residentsOnly);
        System.out.printf("population: %d persons (%s), about %d visits each%n", people.size(),
                residentsOnly ? "residents only" : "city mix", Math.max(1, visits / people.size()));
        QrSigner qr = QrSigner.of(args[1], args[2]);
        bench.signIn();
        if (warmup > 0) {
            bench.run("warm-up, full flow (not measured)", clients, warmup, codes(qr, people, warmup), bench::fullFlow);
        }
        ConcurrentLinkedQueue<String> prepared = new ConcurrentLinkedQueue<>(bench.prepareVisits(people, clients, visits));
        if (settleWarmup > 0) { // the full flows above settle too few visits for the JIT to finish with 2207's path
            bench.run("warm-up, 2207 (not measured)", clients, settleWarmup, prepared, bench::settle);
        }
        Statements statements = new Statements(args[1], args[2]);
        double tpcb = pgbench();
        statements.reset();
        double settlements = bench.run("(a) 2207 on prepared visits", clients, seconds, prepared, bench::settle);
        if (tpcb > 0) {
            System.out.printf("(a) / pgbench just before: %.1f / %.1f = %.2f%n", settlements, tpcb, settlements / tpcb);
        }
        statements.print("(a)", bench.lastOk);
        double after = pgbench();
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
     * machine in the same state, and prints its figures; answers its TPS, 0 without a command.
     */
    private static double pgbench() throws Exception {
        String command = System.getProperty("bench.pgbench", "");
        if (command.isBlank()) {
            return 0;
        }
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        double tps = 0;
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
            }
        }
        p.waitFor();
        return tps;
    }

    /**
     * With {@code -Dbench.statements=true} (and pg_stat_statements loaded), the statements PostgreSQL ran during a
     * phase: calls and time per call, most time first.
     */
    private record Statements(String jdbcUrl, String user) {
        private boolean on() {
            return Boolean.getBoolean("bench.statements");
        }

        /**
         * Before a phase: a checkpoint, so that no timed checkpoint (and the burst of full-page images after it)
         * falls into the phase by chance — the script does the same before pgbench — and the statistics emptied.
         */
        void reset() throws Exception {
            try (Connection c = connect(jdbcUrl, user); Statement s = c.createStatement()) {
                s.execute("checkpoint");
                s.execute("select pg_stat_reset_shared('wal')");
                if (on()) {
                    s.execute("select pg_stat_statements_reset()");
                }
            }
        }

        /**
         * After a phase: the WAL it wrote per settlement or flow (full-page images after the checkpoint it started
         * with included), and with {@code bench.statements} its statements.
         */
        void print(String phase, long completed) throws Exception {
            try (Connection c = connect(jdbcUrl, user); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select wal_records, wal_fpi, wal_bytes from pg_stat_wal")) {
                rs.next();
                long n = Math.max(1, completed);
                System.out.printf("WAL of %s: %.1f MB, per item %d bytes, %.1f records, %.2f full-page images%n", phase,
                        rs.getLong(3) / 1e6, rs.getLong(3) / n, rs.getDouble(1) / n, rs.getDouble(2) / n);
            }
            if (!on()) {
                return;
            }
            try (Connection c = connect(jdbcUrl, user); Statement s = c.createStatement();
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

    private void signIn() throws Exception {
        JsonNode out = call("9001", map("signIn", map("opter_no", "bench", "mac", "00-00-00-00-00-00",
                "ip", "127.0.0.1")));
        signNo = out.get("output").get("signinoutb").get("sign_no").asString();
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
                    String visit = registerWithFees(person.group(), "02", person.idNumber(), person.idNumber());
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
        JsonNode decoded = post(ecUrl, JSON.writeValueAsString(body));
        if (decoded.path("code").asInt(-1) != 0) {
            return false;
        }
        String ecToken = decoded.get("data").get("ecToken").asString();
        String visit = registerWithFees(group, "01", ecToken, decoded.get("data").get("idNo").asString());
        return visit != null && settle(visit);
    }

    /**
     * 1101 → 2201 → 2204 for a person by 就诊凭证; answers the prepared visit (its group, a bar, then what
     * {@link #settle} reads) or null.
     */
    private String registerWithFees(Group group, String certType, String certNo, String idNumber) throws Exception {
        JsonNode person = call("1101", map("data", map("mdtrt_cert_type", certType, "mdtrt_cert_no", certNo,
                "psn_cert_type", "01", "certno", idNumber)));
        if (person.get("infcode").asInt() != 0) {
            return null;
        }
        String psnNo = person.get("output").get("baseinfo").get("psn_no").asString();
        JsonNode reg = call("2201", map("data", map("psn_no", psnNo, "insutype", group.insutype,
                "begntime", LocalDateTime.now().format(INF_TIME), "mdtrt_cert_type", certType, "mdtrt_cert_no", certNo,
                "ipt_otp_no", "B" + run + "-" + serial.incrementAndGet(), "atddr_no", "D001", "dr_name", "Bench",
                "dept_code", "A01", "dept_name", "Internal", "caty", "A01")));
        if (reg.get("infcode").asInt() != 0) {
            return null;
        }
        String mdtrtId = reg.get("output").get("data").get("mdtrt_id").asString();
        String batch = "CB" + serial.incrementAndGet();
        JsonNode fees = call("2204", map("feedetail", List.of(
                fee(mdtrtId, psnNo, batch, "1", "110200001", "1", "10.00"),
                fee(mdtrtId, psnNo, batch, "2", "XJ01CAA001", "2", "12.50"))));
        return fees.get("infcode").asInt() == 0 ? String.join("|", group.name(), psnNo, mdtrtId, batch, "35.00",
                certType, certNo, group.insutype, group.acctUsedFlag) : null;
    }

    private static Map<String, Object> fee(String mdtrtId, String psnNo, String batch, String sn, String code, String cnt,
                                           String price) {
        return map("feedetl_sn", sn, "mdtrt_id", mdtrtId, "psn_no", psnNo, "chrg_bchno", batch,
                "fee_ocur_time", LocalDateTime.now().format(INF_TIME), "med_list_codg", code, "medins_list_codg", code,
                "det_item_fee_sumamt", new BigDecimal(price).multiply(new BigDecimal(cnt)).toPlainString(),
                "cnt", cnt, "pric", price);
    }

    /** 2207 for a prepared visit (its group, then the fields {@link #registerWithFees} joined, all by bars). */
    private boolean settle(String prepared) throws Exception {
        String[] p = prepared.substring(prepared.indexOf('|') + 1).split("\\|");
        JsonNode r = call("2207", map("data", map("psn_no", p[0], "mdtrt_cert_type", p[4], "mdtrt_cert_no", p[5],
                "med_type", "11", "medfee_sumamt", p[3], "psn_setlway", "01", "mdtrt_id", p[1], "chrg_bchno", p[2],
                "insutype", p[6], "acct_used_flag", p[7])));
        return r.get("infcode").asInt() == 0;
    }

    private JsonNode call(String infno, Object input) throws Exception {
        LocalDateTime now = LocalDateTime.now();
        String msgid = INSTITUTION + now.format(MSG_TIME) + String.format("%04d", serial.incrementAndGet() % 10_000);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("infno", infno);
        envelope.put("msgid", msgid);
        envelope.put("mdtrtarea_admvs", "130600");
        envelope.put("insuplc_admdvs", "130600");
        envelope.put("recer_sys_code", "FSI_LOCAL");
        envelope.put("infver", "V1.0");
        envelope.put("opter_type", "1");
        envelope.put("opter", "bench");
        envelope.put("opter_name", "Bench");
        envelope.put("inf_time", now.format(INF_TIME));
        envelope.put("fixmedins_code", INSTITUTION);
        envelope.put("fixmedins_name", "bench");
        envelope.put("sign_no", signNo);
        envelope.put("input", input);
        return post(url, JSON.writeValueAsString(envelope));
    }

    /** A call signed with fresh {@code x-tif-*} headers, on this client thread's connection; answers the parsed body. */
    private JsonNode post(String target, String body) throws Exception {
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        byte[] nonceBytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("x-tif-paasid", INSTITUTION);
        headers.put("x-tif-timestamp", timestamp);
        headers.put("x-tif-nonce", nonce);
        headers.put("x-tif-signature", InstitutionSignatures.sign(timestamp, TOKEN, nonce));
        return JSON.readTree(connection.get().post(target, headers, body));
    }

    /**
     * Insured persons of 保定 made for the benchmark, in the groups of {@link Group}, each with a valid ID number and
     * an active e-voucher (the password is never asked by ec.query, so it is a placeholder); employees and retirees
     * with a personal account of 1 000.00, residents paid for by 共济 bound to an employee of their block. Answers
     * them in order.
     */
    private static List<Person> createPeople(String jdbcUrl, String user, int count, boolean residentsOnly)
            throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = connect(jdbcUrl, user)) {
            c.setAutoCommit(false);
            try (PreparedStatement person = c.prepareStatement("""
                    insert into insured_person (id_number, name, gender, birth_date) values (?, '测试', '1', ?)
                    on conflict (id_number) do nothing""");
                 PreparedStatement period = c.prepareStatement("""
                    insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date)
                    select id, '130600', ?, ?, '1', date '2015-01-01' from insured_person where id_number = ?
                    on conflict do nothing""");
                 PreparedStatement evoucher = c.prepareStatement("""
                    insert into voucher_evoucher (person_id, status, password_hash, activated_at)
                    select id, 'ACTIVE', 'bench-not-a-password', now() from insured_person where id_number = ?
                    on conflict do nothing""");
                 PreparedStatement channel = c.prepareStatement("""
                    insert into voucher_activation_channel (person_id, channel, activated_at)
                    select id, 'NHSA_APP', now() from insured_person where id_number = ?
                    on conflict do nothing""");
                 PreparedStatement account = c.prepareStatement("""
                    insert into account_personal (person_id, region_code, balance_fen, opened_at, updated_at)
                    select id, '130600', 100000, now(), now() from insured_person where id_number = ?
                    on conflict do nothing""");
                 PreparedStatement mutualAid = c.prepareStatement("""
                    insert into family_mutual_aid (authorizer_person, beneficiary_person, relationship, commitment,
                        signature_png, signature_sha256, created_by_account, bound_at)
                    select a.id, b.id, 'SPOUSE', 'bench', '\\x00', repeat('0', 64), 0, now()
                    from insured_person a, insured_person b where a.id_number = ? and b.id_number = ?
                      and not exists (select 1 from family_mutual_aid m where m.beneficiary_person = b.id)""")) {
                for (int i = 0; i < count; i++) {
                    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(i % 20_000);
                    String first17 = "130602" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                            + String.format("%03d", 100 + (i / 20_000) % 800);
                    String id = first17 + IdNumber.checkCharacter(first17);
                    Group group = Group.of(i, residentsOnly);
                    person.setString(1, id);
                    person.setObject(2, birth);
                    person.addBatch();
                    period.setString(1, group.insutype);
                    period.setString(2, group.psnType);
                    period.setString(3, id);
                    period.addBatch();
                    for (PreparedStatement st : List.of(evoucher, channel)) {
                        st.setString(1, id);
                        st.addBatch();
                    }
                    if (group == Group.EMPLOYEE || group == Group.RETIREE) {
                        account.setString(1, id);
                        account.addBatch();
                    }
                    if (group == Group.MUTUAL_AID) {
                        mutualAid.setString(1, ids.get(i - i % 20));
                        mutualAid.setString(2, id);
                        mutualAid.addBatch();
                    }
                    ids.add(id);
                }
                for (PreparedStatement st : List.of(person, period, evoucher, channel, account, mutualAid)) {
                    st.executeBatch();
                }
            }
            Map<String, Person> made = new java.util.HashMap<>();
            try (PreparedStatement find = c.prepareStatement("""
                    select distinct on (p.id) p.id_number, p.id, i.insutype, i.psn_type,
                        exists (select 1 from family_mutual_aid m where m.beneficiary_person = p.id and m.ended_at is null)
                    from insured_person p join insured_period i on i.person_id = p.id where p.id_number = any(?)""")) {
                find.setArray(1, c.createArrayOf("varchar", ids.toArray()));
                try (ResultSet rs = find.executeQuery()) {
                    while (rs.next()) {
                        made.put(rs.getString(1), new Person(rs.getString(1), rs.getLong(2),
                                groupOf(rs.getString(3), rs.getString(4), rs.getBoolean(5))));
                    }
                }
            }
            List<Person> people = ids.stream().map(made::get).toList();
            c.commit();
            return people;
        }
    }

    /** The group a person made by an earlier run against the same database is in. */
    private static Group groupOf(String insutype, String psnType, boolean mutualAid) {
        if ("390".equals(insutype)) {
            return mutualAid ? Group.MUTUAL_AID : Group.RESIDENT;
        }
        return psnType.startsWith("12") ? Group.RETIREE : Group.EMPLOYEE;
    }

    private static Connection connect(String jdbcUrl, String user) throws Exception {
        return DriverManager.getConnection(jdbcUrl, user, System.getenv().getOrDefault("PGPASSWORD", ""));
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
            try (Connection c = connect(jdbcUrl, user); Statement s = c.createStatement()) {
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

    /**
     * A minimal HTTP/1.1 client on one kept-alive connection per client thread (what an institution's HIS holds
     * open to the platform): far less CPU per call than a general client, which matters when the load generator
     * shares the two cores with Yibao and PostgreSQL. Understands Content-Length and chunked answers.
     */
    private static final class KeepAlive {

        private final String host;
        private final int port;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        KeepAlive(String host, int port) {
            this.host = host;
            this.port = port;
        }

        String post(String path, Map<String, String> headers, String body) throws IOException {
            try {
                return exchange(path, headers, body);
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        private String exchange(String path, Map<String, String> headers, String body) throws IOException {
            if (socket == null) {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(30_000);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 16_384);
                out = new java.io.BufferedOutputStream(socket.getOutputStream(), 16_384);
            }
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host)
                    .append(':').append(port).append("\r\nContent-Length: ").append(content.length).append("\r\n");
            headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            String status = line();
            int length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(h.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
                    answer.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (length > 0) {
                answer.write(in.readNBytes(length));
            }
            if (closing) {
                close();
            }
            if (!status.startsWith("HTTP/1.1 200")) {
                throw new IOException(status);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        private void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // the next call opens a new connection
            }
            socket = null;
        }
    }

    /** A JSON object from key, value pairs, in order (Map.of stops at ten pairs). */
    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put((String) keyValues[i], keyValues[i + 1]);
        }
        return out;
    }
}
