package org.yibao.service.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.yibao.catalog.PoolingRegion;
import org.yibao.catalog.PoolingRegions;
import org.yibao.service.Application;
import org.yibao.service.ApplicationQueries;
import org.yibao.service.TransferFunds;

/**
 * 转移接续办理情况 for the back office: every transfer out of or into the clerk's region with its stage, whether it
 * waits on this region (转出地审核 or 转入地接收), and where its 清退 stands. The old region keeps seeing a transfer
 * after handing it over, the receiving region sees it from the voucher on.
 */
@Service
public class TransferOverview {

    private static final int LIMIT = 100;

    private final TransferRecords records;
    private final ApplicationQueries queries;
    private final PoolingRegions regions;
    private final TransferFunds funds;

    TransferOverview(TransferRecords records, ApplicationQueries queries, PoolingRegions regions, TransferFunds funds) {
        this.records = records;
        this.queries = queries;
        this.regions = regions;
        this.funds = funds;
    }

    /** One transfer as a clerk lists it; {@code stageKey} and {@code refundKey} are message keys. */
    public record Row(long applicationId, String person, String variantKey, String from, String to, String stageKey,
                      boolean waitingHere, @Nullable String refundKey) {
    }

    /** The region's transfers (an administrator's: every region's), those waiting on it first. */
    public List<Row> forStaff(@Nullable String region) {
        Map<String, PoolingRegion> names = regions.byCode();
        return records.ofRegion(region, LIMIT).stream().map(t -> {
            Optional<Application> a = queries.find(t.applicationId());
            boolean refunded = t.stage() == TransferRecords.Stage.DONE && t.refundTo() != null;
            boolean waiting = region != null && (t.stage() == TransferRecords.Stage.OUT_REVIEW
                    && region.equals(t.fromRegion()) || t.stage() == TransferRecords.Stage.IN_REVIEW
                    && region.equals(t.toRegion()));
            return new Row(t.applicationId(), a.map(x -> x.maskedName() + " " + x.maskedIdNumber()).orElse(""),
                    "transfer.variant." + a.map(Application::variant).orElse("INTRA"), name(names, t.fromRegion()),
                    name(names, t.toRegion()), "transfer.stage." + t.stage() + (refunded ? "_REFUND" : ""), waiting,
                    funds.refundOf(t.reference()).map(r -> "transfer.refund." + r.status()).orElse(null));
        }).toList();
    }

    private static String name(Map<String, PoolingRegion> names, String code) {
        PoolingRegion r = names.get(code);
        return r == null ? code : r.name();
    }
}
