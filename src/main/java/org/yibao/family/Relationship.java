package org.yibao.family;

import java.util.Locale;
import java.util.Optional;

/**
 * 与本人关系 as a citizen declares it when binding. 家庭共济 admits only the close relatives of the national rule
 * (配偶、父母、子女); 亲情账户 admits family members; 亲情代办 admits anyone, relative or not (seed 003).
 */
public enum Relationship {
    SPOUSE, PARENT, CHILD, GRANDPARENT, GRANDCHILD, SIBLING, OTHER_RELATIVE, NON_RELATIVE;

    public static Optional<Relationship> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** 配偶、父母、子女: whom an employee's personal account may pay for (国办发〔2021〕14号). */
    public boolean isCloseRelative() {
        return this == SPOUSE || this == PARENT || this == CHILD;
    }

    public boolean isFamily() {
        return this != NON_RELATIVE;
    }
}
