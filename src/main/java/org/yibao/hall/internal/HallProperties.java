package org.yibao.hall.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per-deployment look of the hall.
 *
 * @param title the platform title in the header, e.g. 河北智慧医保
 */
@ConfigurationProperties("yibao.hall")
public record HallProperties(String title) {

    public HallProperties {
        title = title == null || title.isBlank() ? "Yibao 智慧医保" : title;
    }
}
