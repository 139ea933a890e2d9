package org.yibao.catalog.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo 医保目录: DEMO.md's seven items exactly, two items no personal account may pay, as tests and the settlement engine expect them, then several
 * hundred generated from {@link DemoMedicalList} with a fixed seed (fictional manufacturers, plausible prices).
 * Generated serials start at 101, clear of the fixed codes. Loading twice changes nothing.
 */
@Component
@Profile("demo")
@Order(12)
class MedicalListDemoData implements ApplicationRunner {

    static final LocalDate VALID_FROM = LocalDate.of(2025, 1, 1);
    private static final String INSERT = """
            insert into catalog_medical_item (code, name, category, subcategory, item_class, specification, unit,
                manufacturer, price_fen, price_cap_fen, prepaid_share_bp, valid_from)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing""";

    /** DEMO.md "Catalog items that tests rely on": code, name, category, subcategory, class, spec, unit, maker, price, cap, 先行自付. */
    private static final Object[][] FIXED = {
            {"110200001", "普通门诊诊查费", "SERVICE", "综合医疗服务", "A", null, "次", null, 1000L, 1000L, 0},
            {"XJ01CAA001", "阿莫西林胶囊", "DRUG", "化学药品·抗感染药", "A", "0.25g*24粒", "盒", "华北示范制药有限公司", 1250L, 1500L, 0},
            {"XC09AAA001", "卡托普利片", "DRUG", "化学药品·心血管系统", "A", "25mg*100片", "瓶", "江淮示范药业股份有限公司", 500L, 600L, 0},
            {"XA10BAA001", "二甲双胍片", "DRUG", "化学药品·消化道和代谢", "A", "0.5g*48片", "盒", "赣江示范制药有限公司", 2000L, 2500L, 0},
            {"XR05XAA001", "复方甘草片", "DRUG", "化学药品·呼吸系统", "B", "100片", "瓶", "燕京示范医药有限公司", 3000L, 3000L, 1000},
            {"ZA01AAA001", "连花清瘟胶囊", "DRUG", "中成药·解表剂", "B", "0.35g*36粒", "盒", "太行示范中药有限公司", 5000L, 5000L, 1000},
            {"C99000001", "保健营养品", "DRUG", "营养保健品（非医保支付）", "C", "500g", "罐", "东海示范营养品有限公司", 2000L, null, 0},
            {"C99000002", "养生保健滋补膏", "DRUG", "养生保健品（个人账户不得支付）", "C", "300g", "瓶", "东海示范营养品有限公司", 6800L, null, 0},
            {"C99000003", "体育健身运动指导", "SERVICE", "体育健身（个人账户不得支付）", "C", null, "次", null, 5000L, null, 0},
    };
    /**
     * Items no personal account may pay (seed 002: 公共卫生、体育健身、养生保健): own account and 家庭共济 alike. C99000001
     * keeps its figures in the demo history and stays unflagged.
     */
    static final List<String> ACCOUNT_BARRED = List.of("C99000002", "C99000003");
    private static final String[] DRUG_MAKERS = {"华北示范制药有限公司", "江淮示范药业股份有限公司", "赣江示范制药有限公司",
            "燕京示范医药有限公司", "长江示范生物制药有限公司", "东海示范药业有限公司", "太行示范中药有限公司", "岭南示范制药有限公司"};
    private static final String[] DEVICE_MAKERS = {"华北示范医疗器械有限公司", "江南示范医用材料有限公司",
            "京津示范医疗科技有限公司", "皖南示范卫生材料有限公司"};

    private final JdbcTemplate jdbc;

    MedicalListDemoData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Object[]> rows = new ArrayList<>();
        for (Object[] fixed : FIXED) {
            rows.add(withValidFrom(fixed));
        }
        rows.addAll(generate());
        jdbc.batchUpdate(INSERT, rows);
        jdbc.batchUpdate("update catalog_medical_item set account_barred = true where code = ?",
                ACCOUNT_BARRED.stream().map(code -> new Object[]{code}).toList());
    }

    static List<Object[]> generate() {
        Random random = new Random(20250101L);
        Map<String, Integer> serials = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (String line : DemoMedicalList.DRUGS) {
            for (String spec : field(line, 2).split(";")) {
                for (int m = 0; m < 2; m++) {
                    String code = field(line, 0) + "A" + String.format("%03d", next(serials, field(line, 0)));
                    rows.add(row(random, code, line, "DRUG", spec, DRUG_MAKERS[random.nextInt(DRUG_MAKERS.length)]));
                }
            }
        }
        for (String line : DemoMedicalList.CONSUMABLES) {
            for (String spec : field(line, 2).split(";")) {
                String code = field(line, 0) + String.format("%05d", next(serials, field(line, 0)));
                rows.add(row(random, code, line, "CONSUMABLE", spec, DEVICE_MAKERS[random.nextInt(DEVICE_MAKERS.length)]));
            }
        }
        for (String line : DemoMedicalList.SERVICES) {
            String code = field(line, 0) + String.format("%05d", next(serials, field(line, 0)));
            rows.add(row(random, code, line, "SERVICE", null, null));
        }
        return rows;
    }

    private static Object[] row(Random random, String code, String line, String category, String spec, String maker) {
        String itemClass = field(line, 4);
        BigDecimal base = new BigDecimal(field(line, 5));
        boolean service = "SERVICE".equals(category);
        long price = service ? fen(base) : fen(base.multiply(BigDecimal.valueOf(80 + random.nextInt(60), 2)));
        Long cap = "C".equals(itemClass) ? null : service ? Long.valueOf(price)
                : Long.valueOf((price * (100 + random.nextInt(26)) / 100 + 9) / 10 * 10);
        int share = "B".equals(itemClass) ? prepaidShare(random, category) : 0;
        return withValidFrom(new Object[]{code, field(line, 1), category, field(line, 6), itemClass,
                spec == null || spec.isBlank() ? null : spec, field(line, 3), maker, price, cap, share});
    }

    /** 乙类 drugs mostly 10 %, consumables and services more: the shares regions commonly set. */
    private static int prepaidShare(Random random, String category) {
        int[] shares = "DRUG".equals(category) ? new int[]{500, 1000, 1000, 1000, 1500}
                : new int[]{1000, 2000, 2000, 3000};
        return shares[random.nextInt(shares.length)];
    }

    private static long fen(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    private static int next(Map<String, Integer> serials, String stem) {
        return serials.merge(stem, 1, Integer::sum) + 100;
    }

    private static String field(String line, int index) {
        return line.split("\\|", -1)[index];
    }

    private static Object[] withValidFrom(Object[] row) {
        Object[] out = java.util.Arrays.copyOf(row, row.length + 1);
        out[row.length] = VALID_FROM;
        return out;
    }
}
