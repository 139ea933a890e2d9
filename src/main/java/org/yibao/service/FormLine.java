package org.yibao.service;

import org.jspecify.annotations.Nullable;

/**
 * One line of an application's content as citizens and clerks read it: a label (message key) and either a value
 * to show as is or a message key to translate ({@code valueKey} wins when both are present).
 */
public record FormLine(String labelKey, @Nullable String value, @Nullable String valueKey) {

    public static FormLine text(String labelKey, @Nullable String value) {
        return new FormLine(labelKey, value == null ? "" : value, null);
    }

    public static FormLine key(String labelKey, String valueKey) {
        return new FormLine(labelKey, null, valueKey);
    }
}
