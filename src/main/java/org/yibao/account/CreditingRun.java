package org.yibao.account;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Money;

/**
 * 个人账户月度划入的一次运行，如任何节点所见：由谁发起（定时任务或管理员）、应划户数（开始后统计，统计前为空）、
 * 已划户数和金额、状态（进行中/已完成/失败）与失败原因。
 *
 * @param startedBy {@link #SCHEDULE} or the staff member's login
 * @param asOf      the database's time when the run was read: elapsed time and rate are measured against it
 */
public record CreditingRun(long id, YearMonth month, String startedBy, Instant startedAt, Instant progressAt,
                           @Nullable Instant finishedAt, @Nullable Integer due, int done, Money credited,
                           Status status, @Nullable Reason reason, @Nullable String detail, Instant asOf) {

    /** {@link #startedBy} of a run the monthly schedule started. */
    public static final String SCHEDULE = "schedule";

    public enum Status { RUNNING, DONE, FAILED }

    /** Why a run failed: its node showed no progress for too long, its node stopped, or an error. */
    public enum Reason { STALE, STOPPED, ERROR }

    public boolean running() {
        return status == Status.RUNNING;
    }

    /** Seconds from the start to the end, or to now while running. */
    public long elapsedSeconds() {
        return Math.max(0, Duration.between(startedAt, finishedAt != null ? finishedAt : asOf).toSeconds());
    }

    /** Accounts credited per second so far; 0 before the first second. */
    public long perSecond() {
        long millis = Duration.between(startedAt, finishedAt != null ? finishedAt : asOf).toMillis();
        return millis <= 0 ? 0 : done * 1000L / millis;
    }

    /** Whole percent of the due accounts credited; 100 when there was nothing to credit. */
    public int percent() {
        if (due == null) {
            return 0;
        }
        return due == 0 ? 100 : (int) Math.min(100, done * 100L / due);
    }

    /** Estimated seconds left at the rate so far; null while that cannot be told yet or when not running. */
    public @Nullable Long remainingSeconds() {
        long rate = perSecond();
        if (!running() || due == null || rate == 0) {
            return null;
        }
        return Math.max(0, due - done) / rate;
    }
}
