package org.yibao.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Region and institution codes travel between modules only in their checked form. */
class RegionCodeTest {

    @Test
    void aRegionCodeIsSixDigitsAndKnowsItsProvince() {
        RegionCode baoding = new RegionCode("130600");
        assertThat(baoding.province()).isEqualTo(new RegionCode("130000"));
        assertThat(baoding.sameProvinceAs(new RegionCode("130200"))).isTrue();
        assertThat(baoding.sameProvinceAs(new RegionCode("110108"))).isFalse();
        for (String wrong : new String[] {"13060", "1306000", "13060A", "", "H13020300001"}) {
            assertThatThrownBy(() -> new RegionCode(wrong)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anInstitutionCodeIsLettersAndDigitsOnly() {
        assertThat(new InstitutionCode("H13020300001").value()).isEqualTo("H13020300001");
        for (String wrong : new String[] {"", "H1302 0300001", "H1302'--", "x".repeat(31)}) {
            assertThatThrownBy(() -> new InstitutionCode(wrong)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
