package org.yibao.service.transfer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.service.Applications;
import org.yibao.service.ApplicationStatus;
import org.yibao.service.ApplicationType;
import org.yibao.service.Subjects;
import tools.jackson.databind.json.JsonMapper;

/**
 * 提交 a 转移接续 for oneself: the conditions are checked first, then the application is created in the old
 * region and submitted at once (the old region reviews it first). Nothing is written when a condition fails.
 */
@Service
public class TransferApplying {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The 银行大类 a 清退 may name; message key {@code transfer.bank.<code>}. */
    public static final java.util.List<String> BANK_CATEGORIES = BankAccounts.CATEGORIES;

    private final Applications applications;
    private final Subjects subjects;
    private final TransferConditions conditions;
    private final TransferRecords records;

    TransferApplying(Applications applications, Subjects subjects, TransferConditions conditions,
                     TransferRecords records) {
        this.applications = applications;
        this.subjects = subjects;
        this.conditions = conditions;
        this.records = records;
    }

    /** The application filed and its status. */
    public record Filed(long applicationId, ApplicationStatus status) {
    }

    @Transactional
    public Filed file(long accountId, TransferForm form, AuditTrail.Channel channel) {
        Subjects.Subject self = subjects.self(accountId);
        TransferConditions.Checked c = conditions.check(self.personId(), self.name(), form);
        records.refuseOpen(self.personId(), c.from().code(), c.from().name());
        Subjects.Subject inOldRegion = new Subjects.Subject(self.personId(), self.name(), self.idNumber(),
                self.route(), c.oldPeriod());
        Map<String, String> json = new LinkedHashMap<>();
        json.put("variant", c.variant().name());
        json.put("fromRegion", c.from().code());
        json.put("toRegion", c.to().code());
        long id = applications.createDraft(accountId, new Applications.Draft(ApplicationType.TRANSFER,
                c.variant().name(), inOldRegion, c.from().name() + " → " + c.to().name(), JSON.writeValueAsString(json)),
                channel);
        records.insert(id, self.personId(), c, c.from().name());
        return new Filed(id, applications.submit(accountId, id, channel));
    }
}
