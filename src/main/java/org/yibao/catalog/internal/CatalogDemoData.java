package org.yibao.catalog.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo pooling regions and institutions of DEMO.md; loading twice changes nothing. */
@Component
@Profile("demo")
@Order(10)
class CatalogDemoData implements ApplicationRunner {

    private static final Object[][] REGIONS = {
            {"130200", "唐山市", "130000", "河北省", "130200", "唐山市医疗保障局"},
            {"130600", "保定市", "130000", "河北省", "130600", "保定市医疗保障局"},
            {"341100", "滁州市", "340000", "安徽省", "341100", "滁州市医疗保障局"},
            {"360600", "鹰潭市", "360000", "江西省", "360600", "鹰潭市医疗保障局"},
            {"110000", "北京市", "110000", "北京市", "110108", "北京市海淀区医疗保障局"},
    };

    private static final Object[][] INSTITUTIONS = {
            {"H13020300001", "唐山中心医院", "130200", "HOSPITAL", 3, "河北省唐山市路北区长宁道1号", "0315-2800001"},
            {"H13020300002", "唐山市路北区社区卫生服务中心", "130200", "HOSPITAL", 1, "河北省唐山市路北区龙泽路88号", "0315-2800002"},
            {"P13020300001", "唐山示范大药房", "130200", "PHARMACY", null, "河北省唐山市路北区新华道66号", "0315-2800003"},
            {"H13060200001", "保定市第一中心医院", "130600", "HOSPITAL", 3, "河北省保定市莲池区长城北大街320号", "0312-5900001"},
            {"H34110200001", "滁州市第一人民医院", "341100", "HOSPITAL", 3, "安徽省滁州市琅琊区会峰西路369号", "0550-3100001"},
            {"H36060200001", "鹰潭市中医院", "360600", "HOSPITAL", 2, "江西省鹰潭市月湖区胜利西路15号", "0701-6200001"},
            {"H11010800001", "北京市海淀区示范医院", "110000", "HOSPITAL", 2, "北京市海淀区中关村南大街29号", "010-62000001"},
    };

    private final JdbcClient jdbc;

    CatalogDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Object[] r : REGIONS) {
            jdbc.sql("""
                    insert into catalog_pooling_region (code, name, province_code, province_name, agency_code, agency_name)
                    values (?, ?, ?, ?, ?, ?) on conflict (code) do nothing""").params(r).update();
        }
        for (Object[] i : INSTITUTIONS) {
            jdbc.sql("""
                    insert into catalog_institution (code, name, region_code, kind, level, address, phone)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict (code) do nothing""").params(i).update();
        }
    }
}
