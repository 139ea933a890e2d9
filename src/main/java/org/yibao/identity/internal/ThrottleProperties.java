package org.yibao.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Requests per client address and overall, counted in PostgreSQL so that every node shares them. The client
 * address is the connection's, or the proxy's {@code X-Forwarded-For} when {@code server.forward-headers-strategy}
 * is set.
 *
 * @param loginsPerAddressPerMinute password logins (citizen and staff, web and API) from one address per minute
 * @param loginsPerMinute password logins from all addresses together per minute
 * @param smsPerAddressPerHour SMS codes requested from one address per hour
 * @param smsPerMinute SMS codes requested from all addresses together per minute
 */
@ConfigurationProperties("yibao.identity.throttle")
record ThrottleProperties(@DefaultValue("20") int loginsPerAddressPerMinute,
                          @DefaultValue("600") int loginsPerMinute,
                          @DefaultValue("10") int smsPerAddressPerHour,
                          @DefaultValue("60") int smsPerMinute) {
}
