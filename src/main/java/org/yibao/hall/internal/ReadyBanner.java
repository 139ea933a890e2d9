package org.yibao.hall.internal;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started Yibao where it answers and, with demo data, how to log in (console, once ready). */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        StringBuilder text = new StringBuilder()
                .append("\n\n  Yibao is ready at http://localhost:").append(port).append("/  (JVM up ")
                .append(String.format("%.1f", seconds)).append(" s)\n")
                .append("  Back office: http://localhost:").append(port).append("/staff  ·  REST API docs: /swagger-ui.html\n");
        if (Arrays.asList(env.getActiveProfiles()).contains("demo")) {
            text.append("  Demo citizens: 13800000001 (王建国), 13800000002, 13800000005, 13800000007, 13800000008,")
                    .append(" 13800000009, 13800000010, 13800000011 — password Yibao2025; e-voucher password 135790\n")
                    .append("  Demo staff: clerk130200 / clerk130600 / clerk360600 (Clerk2025), admin (Admin2025)\n")
                    .append("  SMS codes of the demo: /dev/sms-outbox?phone=<phone>\n");
        }
        log.info("Yibao is ready on port {} after {} s", port, String.format("%.1f", seconds));
        // the banner goes to the console as it is: demo phone numbers are fictional and must stay readable
        System.out.println(text);
    }
}
