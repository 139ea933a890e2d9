package org.yibao.catalog.internal;

import java.util.List;

/** The five demo pooling regions with their real districts (GB/T 2260), for generated demo institutions. */
record DemoRegion(String code, String shortName, String addressPrefix, String phonePrefix, List<District> districts) {

    record District(String code, String name) {
    }

    static final List<DemoRegion> ALL = List.of(
            new DemoRegion("130200", "唐山", "河北省唐山市", "0315-2801", districts(
                    "130202 路南区", "130203 路北区", "130204 古冶区", "130205 开平区", "130207 丰南区", "130208 丰润区",
                    "130209 曹妃甸区", "130224 滦南县", "130225 乐亭县", "130227 迁西县", "130229 玉田县", "130281 遵化市",
                    "130283 迁安市", "130284 滦州市")),
            new DemoRegion("130600", "保定", "河北省保定市", "0312-5901", districts(
                    "130602 竞秀区", "130606 莲池区", "130607 满城区", "130608 清苑区", "130609 徐水区", "130623 涞水县",
                    "130626 定兴县", "130627 唐县", "130628 高阳县", "130633 易县", "130681 涿州市", "130683 安国市",
                    "130684 高碑店市")),
            new DemoRegion("341100", "滁州", "安徽省滁州市", "0550-3101", districts(
                    "341102 琅琊区", "341103 南谯区", "341122 来安县", "341124 全椒县", "341125 定远县", "341126 凤阳县",
                    "341181 天长市", "341182 明光市")),
            new DemoRegion("360600", "鹰潭", "江西省鹰潭市", "0701-6201", districts(
                    "360602 月湖区", "360603 余江区", "360681 贵溪市")),
            new DemoRegion("110000", "北京", "北京市", "010-62011", districts(
                    "110101 东城区", "110102 西城区", "110105 朝阳区", "110106 丰台区", "110107 石景山区", "110108 海淀区",
                    "110111 房山区", "110112 通州区", "110113 顺义区", "110114 昌平区", "110115 大兴区")));

    private static List<District> districts(String... entries) {
        return java.util.Arrays.stream(entries).map(e -> new District(e.substring(0, 6), e.substring(7))).toList();
    }
}
