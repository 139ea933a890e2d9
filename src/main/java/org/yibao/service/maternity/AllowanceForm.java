package org.yibao.service.maternity;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yibao.service.payment.BankAccount;

/**
 * The 生育津贴 form as stored with the application (JSON): 生育 or 流产, the day (yyyy-MM-dd), 难产, 胎儿数, weeks of
 * pregnancy for a 流产, the 报销收款银行信息, the contact, the agent's relation and address when someone helps, and
 * the computation made at filing (amount and days, and its lines for the clerk).
 */
public record AllowanceForm(@Nullable String kind, @Nullable String eventDate, boolean difficult,
                            @Nullable Integer babies, @Nullable Integer weeks, @Nullable BankAccount bank,
                            @Nullable String contactName, @Nullable String contactPhone,
                            @Nullable String agentRelation, @Nullable String agentAddress,
                            @Nullable Computed computed) {

    /** The computation as stored: amount and average base in fen, the days, and the lines (label key, value). */
    public record Computed(long amountFen, long averageBaseFen, int days, int months, List<List<String>> lines) {
    }

    public AllowanceForm withComputed(Computed c) {
        return new AllowanceForm(kind, eventDate, difficult, babies, weeks, bank, contactName, contactPhone,
                agentRelation, agentAddress, c);
    }
}
