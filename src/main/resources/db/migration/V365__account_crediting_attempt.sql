-- 个人账户月度划入的每一次运行（定时任务或管理员发起）：应划户数、已划户数与金额、状态和失败原因。
-- 每批 1 000 户在该批自己的事务里更新一次，任何节点都看得到进度。account_crediting_run 仍是每月一行的
-- 划入锁与结果；一个月可有多次运行（中断后再次发起即接续），但同一时刻只有一次进行中（部分唯一索引）。
CREATE TABLE account_crediting_attempt (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    period_year   INT NOT NULL CHECK (period_year BETWEEN 1951 AND 9999),
    period_month  INT NOT NULL CHECK (period_month BETWEEN 1 AND 12),
    started_by    VARCHAR(40) NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the last batch (or the start): a running attempt whose progress is older than the stale limit is taken
    -- over by the next start
    progress_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    -- accounts left to credit when the attempt began, counted in the background; null until counted
    due           INT CHECK (due >= 0),
    done          INT NOT NULL DEFAULT 0 CHECK (done >= 0),
    credited_fen  BIGINT NOT NULL DEFAULT 0 CHECK (credited_fen >= 0),
    status        VARCHAR(8) NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    reason        VARCHAR(16) CHECK (reason IN ('STALE', 'STOPPED', 'ERROR')),
    detail        VARCHAR(200),
    CHECK ((status = 'RUNNING') = (finished_at IS NULL)),
    CHECK ((status = 'FAILED') = (reason IS NOT NULL))
);

CREATE UNIQUE INDEX account_crediting_attempt_one_running ON account_crediting_attempt (period_year, period_month)
    WHERE status = 'RUNNING';
