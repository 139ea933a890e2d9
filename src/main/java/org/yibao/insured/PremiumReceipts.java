package org.yibao.insured;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.yibao.catalog.PoolingRegion;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.BusinessTime;
import org.yibao.common.ChineseAmount;
import org.yibao.common.Money;
import org.yibao.common.Problem;
import org.yibao.insured.internal.ReceiptPdf;
import org.yibao.insured.internal.ReceiptPdf.Row;

/**
 * 缴费票据: the PDF receipt of a paid resident premium, for the payer or the person paid for only. Always in
 * Chinese, whatever language the hall is shown in: it is an official document of the agency that issues it.
 */
@Service
public class PremiumReceipts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final PremiumPayments payments;
    private final PoolingRegions regions;
    private final ReceiptPdf pdf;
    private final MessageSource messages;

    PremiumReceipts(PremiumPayments payments, PoolingRegions regions, ReceiptPdf pdf, MessageSource messages) {
        this.payments = payments;
        this.regions = regions;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** A receipt as a file. */
    public record Receipt(String fileName, byte[] pdf) {
    }

    /** The receipt of a paid payment; NOT_FOUND for anyone but the payer and the person, RECEIPT_NOT_READY before paid. */
    public Receipt receipt(PremiumPayer payer, long paymentId) {
        PremiumPayment p = payments.find(payer, paymentId);
        if (!p.isPaid() || p.receiptNumber() == null) {
            throw new BusinessException(Problem.CONFLICT, "RECEIPT_NOT_READY");
        }
        PoolingRegion region = regions.find(p.regionCode()).orElseThrow();
        String subtitle = p.channel() == PaymentChannel.MUTUAL_AID ? "receipt.subtitle.MUTUAL_AID" : "receipt.subtitle";
        byte[] bytes = pdf.render(text("receipt.title"), text(subtitle), rows(p, region),
                text("receipt.issuer", region.agencyName()), region.agencyName());
        return new Receipt("receipt-" + p.receiptNumber() + ".pdf", bytes);
    }

    private List<Row> rows(PremiumPayment p, PoolingRegion region) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("receipt.number", p.receiptNumber()));
        rows.add(row("receipt.payee", p.personName()));
        rows.add(row("receipt.idNumber", p.idNumber().masked()));
        rows.add(row("receipt.region", region.name() + "（" + region.code() + "）"));
        rows.add(row("receipt.insutype", text("receipt.insutype.390")));
        rows.add(row("receipt.year", text("receipt.year.value", String.valueOf(p.year()))));
        rows.add(row("receipt.category", text("premium.category." + p.category().name())));
        rows.add(row("receipt.amount", text("receipt.yuan", p.amount().toString())));
        rows.add(row("receipt.amountCapital", ChineseAmount.of(p.amount())));
        rows.add(row("receipt.subsidy", text("receipt.yuan", p.subsidy().toString())));
        Money assistance = payments.assistancePaid(p);
        if (!assistance.isZero()) {
            rows.add(row("receipt.assistance", text("receipt.yuan", assistance.toString())));
        }
        rows.add(row("receipt.channel", text("premium.channel." + p.channel().name())));
        if (p.payerAccountLabel() != null) {
            rows.add(row("receipt.payerAccount", p.payerAccountLabel()));
        }
        if (p.channelReference() != null) {
            rows.add(row("receipt.reference", p.channelReference()));
        }
        if (p.completedAt() != null) {
            rows.add(row("receipt.paidAt", TIME.format(p.completedAt().atZoneSameInstant(BusinessTime.ZONE))));
        }
        return rows;
    }

    private Row row(String labelKey, String value) {
        return new Row(text(labelKey), value);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
