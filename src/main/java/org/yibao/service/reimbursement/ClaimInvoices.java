package org.yibao.service.reimbursement;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.BusinessException;
import org.yibao.common.Problem;

/**
 * One invoice is reimbursed once: a claim holds its invoice numbers from submission on, and a number held by
 * another claim that is open or approved is refused. Each number is locked for the transaction before it is
 * checked, so two claims submitted at once cannot both take it; a rejected or cancelled claim frees it.
 */
@Component
class ClaimInvoices {

    private final JdbcClient jdbc;

    ClaimInvoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static List<String> normalized(List<String> numbers) {
        return numbers.stream().map(n -> n.strip().toUpperCase(Locale.ROOT)).sorted().distinct().toList();
    }

    /** Refuses, without holding anything, the first number another open or approved claim holds. */
    void checkFree(long applicationId, List<String> numbers) {
        for (String n : normalized(numbers)) {
            if (takenByAnother(n, applicationId)) {
                throw BusinessException.invalid("invoiceNumbers", "CLAIM_INVOICE_TAKEN", n);
            }
        }
    }

    private boolean takenByAnother(String number, long applicationId) {
        return jdbc.sql("""
                select count(*) from service_claim_invoice i join service_application a on a.id = i.application_id
                where i.invoice_number = ? and i.application_id <> ?
                  and a.status in ('SUBMITTED', 'IN_REVIEW', 'APPROVED')""")
                .params(number, applicationId).query(Integer.class).single() > 0;
    }

    /** Holds the numbers for the application, or refuses with the first one already taken. */
    void hold(long applicationId, List<String> numbers) {
        for (String n : normalized(numbers)) {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('claim-invoice:' || ?))").param(n).query(Object.class)
                    .single();
            if (takenByAnother(n, applicationId)) {
                throw new BusinessException(Problem.CONFLICT, "CLAIM_INVOICE_TAKEN", n);
            }
            jdbc.sql("insert into service_claim_invoice (invoice_number, application_id) values (?, ?) on conflict do nothing")
                    .params(n, applicationId).update();
        }
    }
}
