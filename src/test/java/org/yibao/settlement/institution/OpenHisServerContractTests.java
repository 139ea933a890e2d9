package org.yibao.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * oepnhisC/OpenHIS-Server (Python): every call is built by {@code create_request_Data} in {@code yibao/info.py}:
 * posted to {@code yibaoUrl + infno}, signed with {@code hashlib.sha256(...).hexdigest()} (lower case), a 32-letter
 * nonce, {@code sign_no ""}, {@code recer_sys_code} = the operator, {@code opter_type "2"} and the extra keys
 * {@code dev_no}, {@code dev_safe_info}, {@code cainfo}, {@code signtype}, {@code enc_type}. It never calls 9001. Of
 * the settlement flow it calls only 1101 ({@code api/yibaofuzhu/yibaofuzhuAPI.py#get_yibao_info}, and the kiosk's
 * {@code api/zizhuji/chaXunAPI.py}: empty strings for what it does not know) and reads {@code infcode == 0} as a
 * number, {@code output.baseinfo.certno} and {@code err_msg}; its other transactions (3101, 4201A–4209, 5301, 5302,
 * 90100) are outside this flow.
 */
class OpenHisServerContractTests extends HisContractTest {

    private static final Client OPEN_HIS_SERVER = new Client() {
        @Override
        public Map<String, @Nullable Object> envelope(String infno, String msgid, Object input) {
            Map<String, @Nullable Object> e = commonInput(infno, msgid, input);
            e.put("recer_sys_code", "13888");
            e.put("dev_no", "");
            e.put("dev_safe_info", "");
            e.put("cainfo", "");
            e.put("signtype", "");
            e.put("opter_type", "2");
            e.put("opter", "13888");
            e.put("opter_name", "自助机");
            e.put("sign_no", "");
            e.put("enc_type", "");
            return e;
        }

        @Override
        public boolean routesByPath() {
            return true;
        }
    };

    @Test
    void readsAPersonWithoutSigningInAsOpenHisServerAsks() {
        TestPerson p = employee("欧阳自助", "130200", "50.00");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("mdtrt_cert_type", "02");
        data.put("mdtrt_cert_no", p.idNumber());
        data.put("card_sn", "");
        data.put("begntime", "");
        data.put("psn_cert_type", "01");
        data.put("certno", p.idNumber());
        data.put("psn_name", p.name());
        JsonNode output = succeeds(OPEN_HIS_SERVER, "1101", Map.of("data", data));
        reads("1101 baseinfo", output.get("baseinfo"), Map.of("certno", Read.TEXT));
        assertThat(output.get("baseinfo").get("certno").asString()).isEqualTo(p.idNumber());
    }

    @Test
    void answersARefusalWithANumericInfcodeAndAnErrMsg() {
        JsonNode refused = replay(OPEN_HIS_SERVER, "1101", Map.of("data", Map.of("mdtrt_cert_type", "02",
                "mdtrt_cert_no", "130203190001010000", "card_sn", "", "begntime", "", "psn_cert_type", "",
                "certno", "", "psn_name", "")));
        assertThat(refused.get("infcode").isNumber()).isTrue();
        assertThat(refused.get("infcode").asInt()).isEqualTo(-1);
        assertThat(refused.get("err_msg").isString()).isTrue();
    }
}
