package org.yibao.settlement.policy;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.yibao.insured.AssistanceStatuses;

/**
 * 读取参保地当年的大病保险（或职工大额）与医疗救助参数、此人当日有效的救助对象类别，交给 {@link BenefitLayers} 计算。直接结算与
 * 手工报销共用这一步。
 */
@Component
public class Layers {

    private final LayerParameters parameters;
    private final AssistanceStatuses assistance;

    Layers(LayerParameters parameters, AssistanceStatuses assistance) {
        this.parameters = parameters;
        this.assistance = assistance;
    }

    /**
     * 基本医保结算之后的各层。
     *
     * @param region 参保地
     * @param day 结算（就诊）日期：参数年度与救助身份据此判断
     */
    public LayeredResult apply(PolicyResult basic, long personId, String region, String insutype, LocalDate day,
                               YearAccumulators year) {
        if (basic.setldetail().isEmpty()) {
            return BenefitLayers.apply(basic, null, null, year);
        }
        int y = day.getYear();
        LayerRule critical = parameters.critical(region, y, insutype).orElse(null);
        LayerRule help = parameters.assistance(region, y, insutype, assistance.classOn(personId, day).orElse(null))
                .orElse(null);
        return BenefitLayers.apply(basic, critical, help, year);
    }
}
