package org.yibao.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yibao.support.TestIds;
import org.yibao.support.YibaoHttpTest;

/** The demo's SMS outbox hands out codes that take accounts: only to a client on the machine itself. */
class DevSmsOutboxTests extends YibaoHttpTest {

    @Test
    void answersAClientOnThisMachine() {
        String phone = TestIds.phone();
        post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER"));
        assertThat(smsCode(phone)).matches("\\d{6}");
    }

    @Test
    void refusesARequestRelayedByAProxy() throws Exception {
        String phone = TestIds.phone();
        post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER"));
        for (String[] header : new String[][] {{"X-Forwarded-For", "203.0.113.7"}, {"Forwarded", "for=203.0.113.7"}}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/dev/sms-outbox?phone=" + phone)))
                    .header(header[0], header[1]).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(header[0]).isEqualTo(404);
            assertThat(r.body()).doesNotContain("验证码");
        }
    }

    @Test
    void refusesAClientFromAnotherAddress() throws Exception {
        Optional<InetAddress> outside = nonLoopbackAddress();
        assumeTrue(outside.isPresent(), "this machine has a network address");
        String phone = TestIds.phone();
        post("/api/v1/auth/sms-codes", Map.of("phone", phone, "purpose", "REGISTER"));
        URI uri = URI.create("http://" + outside.get().getHostAddress() + ":" + port + "/dev/sms-outbox?phone=" + phone);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("验证码");
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(DevSmsOutboxTests::upAndNotLoopback)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean upAndNotLoopback(NetworkInterface i) {
        try {
            return i.isUp() && !i.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
