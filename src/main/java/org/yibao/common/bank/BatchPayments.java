package org.yibao.common.bank;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Money;

/**
 * 一类可批量代发的付款单（零星报销、生育津贴在 service，清退在 account），由其模块实现。批量代发模式下，经办人拨付
 * 使付款单“已提交银行”（排队）；生成代发文件时 {@link #take} 把一个统筹区排队的付款单锁定并转为代发中（待回盘）；
 * 导入回盘时 {@link #paid} / {@link #refused} 按联机拨付的同一办法记为已拨付或银行退回。每个方法都在调用方的事务中运行。
 */
public interface BatchPayments {

    /** 代发明细中付款单的种类，如 {@code CLAIM}、{@code REFUND}（页面文字 {@code bank.batch.kind.<kind>}）。 */
    String kind();

    /**
     * 一笔排队的付款单。
     *
     * @param transfer 付款单号、收款账户和金额
     * @param purpose  用途（零星报销、生育津贴、清退），写入代发文件
     */
    record Queued(BankTransfers.Transfer transfer, String purpose) {
    }

    /** 排队数与总额。 */
    record Summary(int count, Money total) {
    }

    /** 统筹区（管理员：全部）排队等待代发的付款单，最早的在前，至多 {@code limit} 笔。 */
    List<Queued> queued(@Nullable String regionCode, int limit);

    /** 统筹区（管理员：全部）排队的笔数与总额。 */
    Summary summary(@Nullable String regionCode);

    /** 锁定统筹区排队的付款单（至多 {@code limit} 笔，最早的在前），转为代发中，并返回它们。 */
    List<Queued> take(String regionCode, int limit);

    /** 回盘成功：付款单记为已拨付，附银行流水号（与联机拨付相同的办理）。 */
    void paid(String reference, String bankReference, String actor);

    /** 回盘失败：付款单按银行退回办理（与联机拨付被拒相同），附原因。 */
    void refused(String reference, String reason, String actor);
}
