package org.yibao.common;

/**
 * The id of an insured person (人员编号 {@code psn_no} on the institution API), as it travels between modules: a
 * ledger entry, a payment order or a settlement names its person by this type, never by a bare number that could be
 * an amount, a year or another row's id.
 */
public record PersonId(long value) {

    public PersonId {
        if (value < 0) {
            throw new IllegalArgumentException("a person id is not negative: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
