package org.yibao.catalog.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generated 定点医药机构 for the five demo regions, so that searching and paging have something to chew on. Real
 * district codes and names, fictional institutions: invented names, addresses and phone numbers in the demo's
 * number ranges. Seeded, so every start makes the same rows; serials start at 101 to stay clear of DEMO.md's.
 */
@Component
@Profile("demo")
@Order(11)
class InstitutionDemoData implements ApplicationRunner {

    private static final long SEED = 20250101L;
    private static final String[] BRANDS = {"仁和", "康宁", "安济", "惠民", "济康", "博爱", "德仁", "瑞康", "佳和", "永安",
            "益民", "康泰", "华康", "宁安", "长安", "祥和"};
    private static final String[] SPECIALTIES = {"医院", "中医医院", "中西医结合医院", "骨科医院", "眼科医院", "口腔医院",
            "妇产医院", "儿童医院", "康复医院", "肿瘤医院"};
    private static final String[] STREETS = {"东风", "西关", "南湖", "北苑", "新华", "东城", "和平", "光华", "文昌", "青年",
            "五一", "建设", "朝阳", "振兴"};
    private static final String[] TOWNS = {"东河", "西坡", "南庄", "北岗", "石桥", "柳林", "杨庄", "白塔", "孙村", "青山",
            "李家屯", "高家营"};
    private static final String[] ROADS = {"建设路", "人民路", "和平路", "胜利路", "解放路", "朝阳路", "新华路", "文化路",
            "长安路", "光明路", "友谊路", "团结路", "育才路", "滨河路", "振兴路", "学府路", "花园路", "幸福路"};
    private static final String[] PHARMACIES = {"康民", "仁心", "众安", "济世", "福寿堂", "惠康", "安康", "百姓健康",
            "德济", "春晖"};

    private final JdbcClient jdbc;

    InstitutionDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (DemoRegion region : DemoRegion.ALL) {
            for (Object[] row : generate(region)) {
                jdbc.sql("""
                        insert into catalog_institution (code, name, region_code, kind, level, address, phone,
                            cross_province_settlement)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing""").params(row).update();
            }
        }
    }

    /** 3 grade-3 and 8 grade-2 hospitals, 14 grade-1 clinics and 20 pharmacies per region. */
    static List<Object[]> generate(DemoRegion region) {
        Random random = new Random(SEED + Long.parseLong(region.code()));
        Set<String> names = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        int serial = 101;
        while (rows.size() < 45) {
            int n = rows.size();
            DemoRegion.District district = region.districts().get(random.nextInt(region.districts().size()));
            Integer level = n < 3 ? Integer.valueOf(3) : n < 11 ? Integer.valueOf(2) : n < 25 ? Integer.valueOf(1) : null;
            String name = level == null ? pharmacy(random, district) : hospital(random, region, district, level);
            if (!names.add(name)) {
                continue;
            }
            String code = (level == null ? "P" : "H") + district.code() + String.format("%05d", serial++);
            boolean crossProvince = level == null ? random.nextInt(10) < 5 : level > 1 || random.nextInt(10) < 7;
            String address = region.addressPrefix() + district.name() + pick(random, ROADS) + (1 + random.nextInt(399)) + "号";
            String phone = region.phonePrefix() + String.format("%03d", serial);
            rows.add(new Object[]{code, name, region.code(), level == null ? "PHARMACY" : "HOSPITAL", level, address,
                    phone, crossProvince});
        }
        return rows;
    }

    private static String hospital(Random random, DemoRegion region, DemoRegion.District district, int level) {
        return switch (level) {
            case 3 -> region.shortName() + pick(random, BRANDS) + pick(random, SPECIALTIES);
            case 2 -> district.name() + pick(random, BRANDS) + pick(random, SPECIALTIES);
            default -> random.nextBoolean()
                    ? district.name() + pick(random, STREETS) + "街道社区卫生服务中心"
                    : district.name() + pick(random, TOWNS) + "镇卫生院";
        };
    }

    private static String pharmacy(Random random, DemoRegion.District district) {
        return pick(random, PHARMACIES) + "大药房（" + district.name() + pick(random, ROADS) + "店）";
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
