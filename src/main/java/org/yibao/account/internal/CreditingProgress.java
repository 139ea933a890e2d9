package org.yibao.account.internal;

/** What a crediting run is told as it goes; {@link #NONE} for a run nobody follows (tests, the benchmark). */
interface CreditingProgress {

    CreditingProgress NONE = new CreditingProgress() {
        @Override
        public void counted(int due) {
        }

        @Override
        public void credited(int accounts, long fen) {
        }
    };

    /** How many accounts the run has to credit, counted once before the first batch. */
    void counted(int due);

    /** A batch credited so many accounts with so much; called inside the batch's transaction. */
    void credited(int accounts, long fen);
}
