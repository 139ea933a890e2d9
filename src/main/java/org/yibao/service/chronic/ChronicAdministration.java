package org.yibao.service.chronic;

import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.catalog.ChronicDisease;
import org.yibao.catalog.ChronicDiseaseCatalog;
import org.yibao.common.AuditTrail;

/** The administrator's choice of the diseases a region recognises, as one audited change. */
@Service
public class ChronicAdministration {

    private final ChronicDiseaseCatalog catalog;
    private final AuditTrail audit;

    ChronicAdministration(ChronicDiseaseCatalog catalog, AuditTrail audit) {
        this.catalog = catalog;
        this.audit = audit;
    }

    @Transactional
    public void offer(String admin, String regionCode, Set<String> offered) {
        for (ChronicDisease d : catalog.all()) {
            catalog.setOffered(regionCode, d.code(), offered.contains(d.code()));
        }
        audit.record("staff:" + admin, "region:" + regionCode, "CHRONIC_DISEASES_OFFERED", AuditTrail.Channel.STAFF,
                String.join(",", new java.util.TreeSet<>(offered)));
    }
}
