package org.yibao.insured;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.yibao.support.WebSession;

/** 缴费票据 and the pages around it: the PDF reads as Chinese, only its owners get it, the status page follows the payment. */
class ReceiptTests extends PremiumFixtures {

    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    @Test
    void theReceiptCarriesTheNameAndTheAmountInFiguresAndInChineseCapitals() throws IOException {
        Payer payer = residentWithAccount("欧阳明月", BAODING);
        long id = pay(payer, payer.person().id()).body().get("id").asLong();
        assertThat(awaitFinal(payer, id).text("status")).isEqualTo("PAID");

        HttpResponse<byte[]> pdf = download("/api/v1/premium-payments/" + id + "/receipt", payer.token());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("城乡居民基本医疗保险缴费票据", "欧阳明月", "400.00", "肆佰元整", "700.00",
                    "保定市", "税务系统", "开票单位：保定市医疗保障局", BAODING + year, payer.person().idNumber().substring(0, 4) + "**********");
            assertThat(text).doesNotContain(payer.person().idNumber());
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).isNotBlank();
            keepForReview(document);
        }
    }

    /** A picture of the receipt in target/screenshots, for people reviewing a run. */
    private static void keepForReview(PDDocument document) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", dir.resolve("premium-receipt.png").toFile());
    }

    @Test
    void aStrangerCannotFetchTheReceiptNorTheStatus() {
        Payer payer = residentWithAccount("欧阳星", BAODING);
        long id = pay(payer, payer.person().id()).body().get("id").asLong();
        assertThat(awaitFinal(payer, id).text("status")).isEqualTo("PAID");
        Payer stranger = residentWithAccount("欧阳客", BAODING);

        HttpResponse<byte[]> pdf = download("/api/v1/premium-payments/" + id + "/receipt", stranger.token());
        assertThat(pdf.statusCode()).isEqualTo(404);
        assertThat(new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("PREMIUM_PAYMENT_NOT_FOUND")
                .doesNotContain("欧阳");
        assertThat(get("/api/v1/premium-payments/" + id, stranger.token()).status()).isEqualTo(404);
        assertThat(download("/api/v1/premium-payments/" + id + "/receipt", null).statusCode()).isEqualTo(401);

        WebSession web = webLogin(stranger);
        assertThat(web.get("/insurance/premium/" + id + "/receipt.pdf").statusCode()).isEqualTo(404);
        assertThat(web.get("/insurance/premium/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void theStatusPageFlipsToPaidWithinSecondsAndADoubleClickIsOnePayment() {
        Payer payer = residentWithAccount("欧阳晨", BAODING);
        WebSession web = webLogin(payer);
        String form = "/insurance/premium?personId=" + payer.person().id() + "&year=" + year;
        String page = web.get(form).body();
        assertThat(page).contains("400.00", "700.00", "税务系统", "个人账户共济缴费").doesNotContain("即将上线");
        Matcher key = KEY.matcher(page);
        assertThat(key.find()).isTrue();
        Map<String, String> fields = Map.of("personId", String.valueOf(payer.person().id()), "year", String.valueOf(year),
                "channel", "TAX", "idempotencyKey", key.group(1));

        HttpResponse<String> first = web.submit(form, "/insurance/premium", fields);
        HttpResponse<String> second = web.submit(form, "/insurance/premium", fields);
        assertThat(second.uri()).as("the double click lands on the same payment").isEqualTo(first.uri());
        assertThat(first.uri().getPath()).matches("/insurance/premium/\\d+");
        assertThat(payments(payer.person().id())).isEqualTo(1);

        String status = first.uri().getPath() + "/status";
        String fragment = web.get(status).body();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (fragment.contains("data-status=\"PENDING\"") && System.nanoTime() < deadline) {
            assertThat(fragment).contains("缴费处理中", "hx-trigger=\"every 2s\"");
            sleep(500);
            fragment = web.get(status).body();
        }
        assertThat(fragment).contains("缴费成功", "receipt.pdf").doesNotContain("hx-trigger");
        assertThat(web.get("/insurance/payments").body()).contains("欧*晨", "缴费成功", "receipt.pdf");
    }

    @Test
    void mutualAidWithoutAPersonalAccountIsRefusedFromTheFormWithTheReason() {
        Payer payer = residentWithAccount("欧阳共", BAODING);
        WebSession web = webLogin(payer);
        String form = "/insurance/premium?personId=" + payer.person().id() + "&year=" + year;
        Matcher key = KEY.matcher(web.get(form).body());
        assertThat(key.find()).isTrue();
        HttpResponse<String> r = web.submit(form, "/insurance/premium", Map.of("personId",
                String.valueOf(payer.person().id()), "year", String.valueOf(year), "channel", "MUTUAL_AID",
                "idempotencyKey", key.group(1)));
        assertThat(r.body()).contains("您没有职工医保个人账户，不能使用个人账户共济缴费");
        assertThat(payments(payer.person().id())).isZero();
    }

    @Test
    void somebodyWithNobodyToPayForIsSentToEnrollment() {
        WebSession web = webLogin(accountOnly());
        String page = web.get("/insurance/premium").body();
        assertThat(page).contains("id=\"premium-nobody\"", "/services/resident-enrollment").doesNotContain("premium-form");
        assertThat(web.get("/insurance/payments").body()).contains("暂无城乡居民缴费记录");
    }

    private WebSession webLogin(Payer payer) {
        WebSession web = new WebSession(port);
        web.submit("/login", "/login", Map.of("username", payer.phone(), "password", PASSWORD));
        return web;
    }

    private HttpResponse<byte[]> download(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
