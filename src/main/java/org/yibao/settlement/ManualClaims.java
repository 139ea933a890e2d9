package org.yibao.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Money;

/**
 * 零星报销与生育医疗费用报销的结算口：经办机构审核时，用与定点机构直接结算相同的待遇引擎、参保人当年的累计值，按“该日期在该机构
 * 直接结算”的口径计算一笔手工报销（基本医保 + 大病保险/职工大额 + 医疗救助，异地未备案降比例同样适用），审核通过后把它记为一笔结算
 * （计入当年累计、出现在消费信息中，可被冲正）。
 *
 * <p>调用方（service 模块的报销申请审核）负责：申请的受理与材料、发票号查重、拨付。本接口负责：费用项目对照目录、待遇计算、结算记录与
 * 累计值。同一 {@code reference}（例如申请编号）只会记一次结算：重复调用 {@link #record} 返回第一次的结果，不会重复计入累计。
 *
 * <p>输入不合格（日期在未来、目录中没有的项目、数量或单价不合格、当日无有效参保、参保地当年无该医疗类别的待遇参数）时抛出
 * {@link org.yibao.common.BusinessException}（{@code Problem.INVALID}，中文消息键），不写入任何数据。
 *
 * <p>模块依赖：settlement 依赖 service（异地就医备案、门诊慢特病资格），因此 service 不能直接引用本类型而不形成环。调用方请把对本
 * 接口的调用放在不被 settlement 依赖的位置，或在 service 中声明自己的端口、由 settlement 实现（见 {@code docs/modules}）。
 */
public interface ManualClaims {

    /** 试算：不写入任何数据，返回拆分与说明，供经办人员审核时查看。 */
    ClaimResult trial(Claim claim);

    /**
     * 记为结算：在一个事务中锁定参保人累计值、重新计算（以当时累计值为准）、写入结算记录与累计值。
     *
     * @param reference 幂等键（例如申请编号，至多 40 个字符）；同一键第二次调用返回第一次的结算，不再计入
     * @param clerkLogin 审核人员登录名，记入结算的操作人
     */
    RecordedClaim record(Claim claim, String reference, String clerkLogin);

    /**
     * 一笔手工报销。
     *
     * @param personId 患者（参保人）
     * @param institutionCode 就诊的定点医疗机构编码；目录外机构传 null，此时按 {@code institutionLevel} 与 {@code regionCode} 计算
     * @param institutionLevel 目录外机构的等级 1–3（目录内机构以目录为准，此值被忽略）
     * @param regionCode 目录外机构所在统筹区（6 位区划，异地规则据此判断；目录内机构以目录为准）
     * @param medType 国家医疗类别：11 普通门诊、14 门诊慢特病、21 普通住院、51 生育门诊、52 生育住院
     * @param visitDate 就诊日期或出院日期：参保关系、待遇参数年度与累计年度均以此日为准，不得晚于今天
     * @param items 经办人员依发票录入的费用项目（至少 1 项，至多 500 项）
     * @param maternity 医疗类别 51/52 时的生育信息，其他类别为 null。生育目前按参保地当年 51/52 参数的比例与年度限额计算（与定点机构
     *                  直接结算相同），按分娩方式的定额与计划生育手术项目尚未作为参数提供，此字段暂不影响金额
     */
    record Claim(long personId, @Nullable String institutionCode, int institutionLevel, @Nullable String regionCode,
                 String medType, LocalDate visitDate, List<Item> items, @Nullable Maternity maternity) {

        public Claim {
            items = items == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
        }
    }

    /** 一项费用：目录编码（医保目录 med_list_codg）、数量、单价（元，两位小数）。 */
    record Item(String medListCodg, BigDecimal quantity, Money unitPrice) {
    }

    /**
     * 生育信息。
     *
     * @param kind 生育类别：{@code VAGINAL} 顺产、{@code CESAREAN} 剖宫产、{@code PRENATAL} 产前检查、{@code BIRTH_CONTROL}
     *             计划生育手术、{@code ABORTION} 流产
     * @param fetusCount 胎儿数（1–9；多胎按参数加付定额）
     * @param birthControlItem 计划生育手术项目（{@code BIRTH_CONTROL} 时必填，参数表中的项目代码，例如 {@code IUD}）
     */
    record Maternity(String kind, int fetusCount, @Nullable String birthControlItem) {
    }

    /**
     * 计算结果，与直接结算的 setlinfo 同名金额一致：{@code medfeeSumamt = fundPaySumamt + psnPartAmt}，
     * {@code fundPaySumamt = hifpPay + hifmiPay + hifobPay + mafPay}。
     *
     * @param lines 基金分项（setldetail）：基金支付类型（310100、390100、390200、330100、610100、510100 …）与金额
     * @param explanation 逐行中文说明（起付线、比例、封顶、大病分段、救助），供审核页与消费信息展示
     */
    record ClaimResult(Money medfeeSumamt, Money fulamtOwnpayAmt, Money overlmtSelfpay, Money preselfpayAmt,
                       Money inscpScpAmt, Money actPayDedc, Money hifpPay, Money hifmiPay, Money hifobPay,
                       Money mafPay, Money fundPaySumamt, Money psnPartAmt, List<Line> lines,
                       List<String> explanation) {

        public ClaimResult {
            lines = List.copyOf(lines);
            explanation = List.copyOf(explanation);
        }
    }

    /** 一条基金分项。 */
    record Line(String fundPayType, Money fundPayamt) {
    }

    /** 已记为结算：结算编号（setl_id，以 {@code R} 开头）与计算结果。基金合计 {@code fundPaySumamt} 即应拨付给申请人的金额。 */
    record RecordedClaim(String setlId, ClaimResult result) {
    }
}
