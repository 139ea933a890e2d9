package org.yibao.hall.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.yibao.support.YibaoHttpTest;

/** Whoever starts Yibao in demo mode is told, boxed, which simulated services are exposed. */
class ReadyBannerTests extends YibaoHttpTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void warnsLoudlyThatDemoModeIsOn() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            new ReadyBanner().ready(new ApplicationReadyEvent(new SpringApplication(), new String[0], context,
                    Duration.ZERO));
        } finally {
            System.setOut(console);
        }
        String banner = printed.toString(StandardCharsets.UTF_8);
        assertThat(banner).contains("DEMO MODE IS ON", "/dev/sms-outbox", "face check passes every face",
                "demo tax channel confirms every premium", "=====", "!!  DEMO MODE IS ON");
    }
}
