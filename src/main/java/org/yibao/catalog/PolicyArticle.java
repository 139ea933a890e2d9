package org.yibao.catalog;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A 政策咨询 document: title, issuing region (null for a national document), issuer, 文号, publish date and a
 * plain-text body whose paragraphs are separated by blank lines. {@code sample}: an example written for the demo,
 * not a published document (its 文号 is invented), shown as 示例 wherever it appears.
 */
public record PolicyArticle(long id, String title, @Nullable String regionCode, @Nullable String regionName,
                            String issuer, String documentNumber, LocalDate publishDate, String body,
                            boolean sample) {

    public boolean isNational() {
        return regionCode == null;
    }

    public List<String> paragraphs() {
        return Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The start of the body, for result lists. */
    public String summary() {
        String first = paragraphs().isEmpty() ? "" : paragraphs().get(0);
        return first.length() <= 60 ? first : first.substring(0, 60) + "…";
    }
}
