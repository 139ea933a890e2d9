package org.yibao.catalog;

import org.jspecify.annotations.Nullable;
import org.yibao.common.InputErrors;

/**
 * Reads the free-text parameters every catalog search shares. Pages and the REST API pass what people typed, as
 * text, so that a wrong value becomes a Chinese message instead of a framework error.
 */
final class SearchInput {

    static final int PAGE_SIZE = 20;
    private static final int MAX_PAGE = 10_000;

    private SearchInput() {
    }

    /** The page number, 1 when absent. */
    static int page(InputErrors errors, @Nullable String text) {
        if (isBlank(text)) {
            return 1;
        }
        try {
            int page = Integer.parseInt(text.strip());
            if (page >= 1 && page <= MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        errors.reject("page", "CATALOG_PAGE_INVALID", MAX_PAGE);
        return 1;
    }

    /** Optional free text (a name or keyword fragment), null when absent. */
    static @Nullable String fragment(InputErrors errors, String field, @Nullable String text, int max) {
        if (isBlank(text)) {
            return null;
        }
        String v = text.strip();
        if (v.length() > max) {
            errors.reject(field, "TOO_LONG", max);
            return null;
        }
        return v;
    }

    /** The fragment as a LIKE pattern that matches it anywhere, its wildcards taken literally. */
    static @Nullable String contains(@Nullable String fragment) {
        if (fragment == null) {
            return null;
        }
        return "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    static String orEmpty(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
