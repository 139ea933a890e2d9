package org.yibao.hall.internal;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started Yibao where it answers and, with demo data, how to log in (console, once ready). In the
 * demo profile it warns, boxed and in the log too, that simulated services are on and what they expose.
 */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);
    static final String DEMO_WARNING = """

              ==================================================================================
              !!  DEMO MODE IS ON (profile demo) — 演示模式，切勿用于真实参保人
              !!  - SMS codes are not sent: anyone on this machine reads them at /dev/sms-outbox
              !!  - the demo face check passes every face (人脸识别为演示，一律通过)
              !!  - the demo tax channel confirms every premium and issues receipts (no money moves)
              !!  Production: run without the demo profile (YIBAO_DEMO=false or an external database)
              ==================================================================================
            """;


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
                    .append(" 13800000009, 13800000010, 13800000011, 13800000012 — password Yibao2025; e-voucher password 135790\n")
                    .append("  Demo staff: clerk130200 / clerk130600 / clerk360600 (Clerk2025), admin (Admin2025)\n")
                    .append("  SMS codes of the demo: /dev/sms-outbox?phone=<phone>\n")
                    .append(DEMO_WARNING);
            log.warn("DEMO MODE is on: SMS codes readable at /dev/sms-outbox (from this machine only), every face "
                    + "check passes, the demo tax channel confirms every premium. Never serve real people this way.");
        }
        log.info("Yibao is ready on port {} after {} s", port, String.format("%.1f", seconds));
        // the banner goes to the console as it is: demo phone numbers are fictional and must stay readable
        System.out.println(text);
    }
}
