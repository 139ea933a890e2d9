package org.yibao.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.yibao.catalog.InstitutionSignatures;
import org.yibao.common.IdNumber;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the institution API (API.md §1) of a running Yibao over HTTP with N concurrent clients and prints
 * settlements per second and p50/p95/p99 latency for (a) 2207 on prepared visits and (b) the full flow
 * 1101 → 2201 → 2204 → 2207 (with ec.query when {@code --ec} is given a citizen token source). Not a test:
 * {@code bench/settlement.sh} starts PostgreSQL, pgbench and Yibao and runs it.
 *
 * <p>Arguments: {@code baseUrl jdbcUrl jdbcUser clients seconds}. The JDBC URL is only used to create the
 * benchmark's own insured persons (residents of 保定, so that no personal account serializes them).
 */
public final class SettlementBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INSTITUTION = "H13060200001";
    private static final String TOKEN = "demo-token-" + INSTITUTION;
    private static final DateTimeFormatter MSG_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter INF_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger serial = new AtomicInteger();
    private final String url;
    private String signNo = "";

    private SettlementBenchmark(String baseUrl) {
        this.url = baseUrl + "/fsi/api/rsfComIfsService/callService";
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: SettlementBenchmark baseUrl jdbcUrl jdbcUser clients seconds");
            System.exit(2);
        }
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        SettlementBenchmark bench = new SettlementBenchmark(args[0]);
        List<String> people = createPeople(args[1], args[2], clients * 40);
        bench.signIn();
        List<String> prepared = bench.prepareVisits(people, clients, clients * 200);
        bench.run("(a) 2207 on prepared visits", clients, seconds, new ConcurrentLinkedQueue<>(prepared), bench::settle);
        bench.run("(b) full flow 1101-2201-2204-2207", clients, seconds,
                new ConcurrentLinkedQueue<>(repeat(people, 1000)), bench::fullFlow);
    }

    private interface Step {
        boolean run(String item) throws Exception;
    }

    private void run(String name, int clients, int seconds, ConcurrentLinkedQueue<String> work, Step step)
            throws InterruptedException {
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        AtomicLong last = new AtomicLong(start);
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                String item;
                while (System.nanoTime() < end && (item = work.poll()) != null) {
                    long t0 = System.nanoTime();
                    try {
                        if (step.run(item)) {
                            long done = System.nanoTime();
                            latencies.add(done - t0);
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
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double elapsed = Math.max(1e-3, (last.get() - start) / 1e9);
        System.out.printf("%s: %d clients, %d ok, %d failed, %.1f per second, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                name, clients, sorted.length, failures.get(), sorted.length / elapsed, ms(sorted, 0.50),
                ms(sorted, 0.95), ms(sorted, 0.99));
    }

    private static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
    }

    private void signIn() throws Exception {
        JsonNode out = call("9001", map("signIn", map("opter_no", "bench", "mac", "00-00-00-00-00-00",
                "ip", "127.0.0.1")));
        signNo = out.get("output").get("signinoutb").get("sign_no").asString();
    }

    /** Registers and uploads fees for visits in parallel; answers "person|mdtrt_id|chrg_bchno|total" items. */
    private List<String> prepareVisits(List<String> people, int clients, int count) throws Exception {
        ConcurrentLinkedQueue<String> out = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < count; i++) {
            String person = people.get(i % people.size());
            pool.submit(() -> {
                try {
                    String visit = registerWithFees(person);
                    if (visit != null) {
                        out.add(visit);
                    }
                } catch (Exception e) {
                    // a failed preparation simply leaves one visit fewer to settle
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        System.out.printf("prepared %d visits%n", out.size());
        return new ArrayList<>(out);
    }

    private boolean fullFlow(String idNumber) throws Exception {
        String visit = registerWithFees(idNumber);
        return visit != null && settle(visit);
    }

    /** 1101 → 2201 → 2204 for a person by ID number; answers the prepared visit or null. */
    private String registerWithFees(String idNumber) throws Exception {
        JsonNode person = call("1101", map("data", map("mdtrt_cert_type", "02", "mdtrt_cert_no", idNumber,
                "psn_cert_type", "01", "certno", idNumber)));
        if (person.get("infcode").asInt() != 0) {
            return null;
        }
        String psnNo = person.get("output").get("baseinfo").get("psn_no").asString();
        JsonNode reg = call("2201", map("data", map("psn_no", psnNo, "insutype", "390",
                "begntime", LocalDateTime.now().format(INF_TIME), "mdtrt_cert_type", "02", "mdtrt_cert_no", idNumber,
                "ipt_otp_no", "B" + serial.incrementAndGet(), "atddr_no", "D001", "dr_name", "Bench",
                "dept_code", "A01", "dept_name", "Internal", "caty", "A01")));
        if (reg.get("infcode").asInt() != 0) {
            return null;
        }
        String mdtrtId = reg.get("output").get("data").get("mdtrt_id").asString();
        String batch = "CB" + serial.incrementAndGet();
        JsonNode fees = call("2204", map("feedetail", List.of(
                fee(mdtrtId, psnNo, batch, "1", "110200001", "1", "10.00"),
                fee(mdtrtId, psnNo, batch, "2", "XJ01CAA001", "2", "12.50"))));
        return fees.get("infcode").asInt() == 0 ? String.join("|", psnNo, mdtrtId, batch, "35.00", idNumber) : null;
    }

    private static Map<String, Object> fee(String mdtrtId, String psnNo, String batch, String sn, String code, String cnt,
                                           String price) {
        return map("feedetl_sn", sn, "mdtrt_id", mdtrtId, "psn_no", psnNo, "chrg_bchno", batch,
                "fee_ocur_time", LocalDateTime.now().format(INF_TIME), "med_list_codg", code, "medins_list_codg", code,
                "det_item_fee_sumamt", new java.math.BigDecimal(price).multiply(new java.math.BigDecimal(cnt)).toPlainString(),
                "cnt", cnt, "pric", price);
    }

    private boolean settle(String prepared) throws Exception {
        String[] p = prepared.split("\\|");
        JsonNode r = call("2207", map("data", map("psn_no", p[0], "mdtrt_cert_type", "02", "mdtrt_cert_no", p[4],
                "med_type", "11", "medfee_sumamt", p[3], "psn_setlway", "01", "mdtrt_id", p[1], "chrg_bchno", p[2],
                "insutype", "390", "acct_used_flag", "0")));
        return r.get("infcode").asInt() == 0;
    }

    private JsonNode call(String infno, Object input) throws Exception {
        LocalDateTime now = LocalDateTime.now();
        String msgid = INSTITUTION + now.format(MSG_TIME) + String.format("%04d", serial.incrementAndGet() % 10_000);
        Map<String, Object> envelope = new java.util.LinkedHashMap<>();
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
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        byte[] nonceBytes = new byte[16];
        random.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("x-tif-paasid", INSTITUTION)
                .header("x-tif-timestamp", timestamp).header("x-tif-nonce", nonce)
                .header("x-tif-signature", InstitutionSignatures.sign(timestamp, TOKEN, nonce))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(envelope))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    /** Residents of 保定 made for the benchmark, each with a valid ID number; answers their ID numbers. */
    private static List<String> createPeople(String jdbcUrl, String user, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, System.getenv().getOrDefault("PGPASSWORD", ""))) {
            c.setAutoCommit(false);
            try (PreparedStatement person = c.prepareStatement("""
                    insert into insured_person (id_number, name, gender, birth_date) values (?, '测试', '1', ?)
                    on conflict (id_number) do nothing""");
                 PreparedStatement period = c.prepareStatement("""
                    insert into insured_period (person_id, region_code, insutype, psn_type, status, begin_date)
                    select id, '130600', '390', '1501', '1', date '2015-01-01' from insured_person where id_number = ?
                    on conflict do nothing""")) {
                for (int i = 0; i < count; i++) {
                    java.time.LocalDate birth = java.time.LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28);
                    String first17 = "130602" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                            + String.format("%03d", 100 + (i / 480) % 800);
                    String id = first17 + IdNumber.checkCharacter(first17);
                    person.setString(1, id);
                    person.setObject(2, birth);
                    person.addBatch();
                    period.setString(1, id);
                    period.addBatch();
                    ids.add(id);
                }
                person.executeBatch();
                period.executeBatch();
            }
            c.commit();
        }
        return ids.stream().distinct().toList();
    }

    /** A JSON object from key, value pairs, in order (Map.of stops at ten pairs). */
    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put((String) keyValues[i], keyValues[i + 1]);
        }
        return out;
    }

    private static List<String> repeat(List<String> items, int times) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.addAll(items);
        }
        return out;
    }
}
