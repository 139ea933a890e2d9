package org.yibao.settlement.institution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The transaction registry as data: {@code infno} → handler, built from every {@link FsiTransaction} bean. */
@Component
class FsiTransactions {

    private final Map<String, FsiTransaction> byInfno = new HashMap<>();

    FsiTransactions(List<FsiTransaction> handlers) {
        for (FsiTransaction handler : handlers) {
            for (String infno : handler.infnos()) {
                if (byInfno.put(infno, handler) != null) {
                    throw new IllegalStateException("two handlers for infno " + infno);
                }
            }
        }
    }

    Optional<FsiTransaction> handler(String infno) {
        return Optional.ofNullable(byInfno.get(infno));
    }
}
