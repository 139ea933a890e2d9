package org.yibao.settlement.policy;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 取参保地当年的大病保险（或职工大额）与此人救助对象类别的医疗救助参数，交给 {@link BenefitLayers} 计算。直接结算与手工报销共用
 * 这一步；救助对象类别由调用方与其他数据一起读取（{@code AssistanceStatuses}）。
 */
@Component
public class Layers {

    private final LayerParameters parameters;

    Layers(LayerParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * 基本医保结算之后的各层。
     *
     * @param region 参保地
     * @param year 参数年度（结算或就诊日期所在年度）
     * @param assistanceClass 此人就诊当日有效的救助对象类别；不是救助对象为空
     */
    public LayeredResult apply(PolicyResult basic, String region, String insutype, int year,
                               @Nullable String assistanceClass, YearAccumulators ytd) {
        if (basic.setldetail().isEmpty()) {
            return BenefitLayers.apply(basic, null, null, ytd);
        }
        LayerRule critical = parameters.critical(region, year, insutype).orElse(null);
        LayerRule help = parameters.assistance(region, year, insutype, assistanceClass).orElse(null);
        return BenefitLayers.apply(basic, critical, help, ytd);
    }
}
