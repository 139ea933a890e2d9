package org.yibao.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yibao.common.AuditTrail;
import org.yibao.common.BusinessException;

/**
 * Auto-approval as configuration: per pooling region, application type and variant ({@value #ANY} = every
 * variant of the type), whether a submitted application that passes its type's checks is approved at once. A
 * specific variant's row wins over the type's {@value #ANY} row; without a row a clerk decides.
 */
@Service
public class AutoApprovalRules {

    public static final String ANY = "*";
    public static final String AUTO_PREFIX = "AUTO:";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    AutoApprovalRules(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** One configured rule. */
    public record Rule(String regionCode, ApplicationType type, String variant, boolean autoApprove, String updatedBy,
                       OffsetDateTime updatedAt) {

        /** How the rule is named as the reviewer of what it approved. */
        public String reviewer() {
            return AUTO_PREFIX + regionCode + ":" + type.name() + ":" + variant;
        }
    }

    /** The rule that decides the application, when it approves automatically. */
    public Optional<Rule> approving(String regionCode, ApplicationType type, String variant) {
        return jdbc.sql("""
                select region_code, type, variant, auto_approve, updated_by, updated_at from service_auto_rule
                where region_code = ? and type = ? and variant in (?, ?)
                order by case when variant = ? then 0 else 1 end limit 1""")
                .params(regionCode, type.name(), variant, ANY, variant)
                .query(Rule.class).optional().filter(Rule::autoApprove);
    }

    public List<Rule> all() {
        return jdbc.sql("""
                select region_code, type, variant, auto_approve, updated_by, updated_at from service_auto_rule
                order by region_code, type, variant""").query(Rule.class).list();
    }

    /** Sets (or replaces) a rule; an administrator's change, audited. */
    @Transactional
    public void set(String adminLogin, String regionCode, ApplicationType type, String variant, boolean autoApprove) {
        if (variant.isBlank() || variant.length() > 30) {
            throw BusinessException.invalid("variant", "SERVICE_RULE_VARIANT");
        }
        int n = jdbc.sql("select count(*) from catalog_pooling_region where code = ?").param(regionCode)
                .query(Integer.class).single();
        if (n == 0) {
            throw BusinessException.invalid("regionCode", "SERVICE_RULE_REGION");
        }
        jdbc.sql("""
                insert into service_auto_rule (region_code, type, variant, auto_approve, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (region_code, type, variant) do update
                set auto_approve = excluded.auto_approve, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(regionCode, type.name(), variant, autoApprove, adminLogin, OffsetDateTime.now(clock)).update();
        audit.record("staff:" + adminLogin, "rule:" + regionCode + ":" + type + ":" + variant,
                "SERVICE_AUTO_RULE_SET", AuditTrail.Channel.STAFF, String.valueOf(autoApprove));
    }

    /** Removes a rule, so that a clerk decides (or the type's {@value #ANY} rule applies). */
    @Transactional
    public void remove(String adminLogin, String regionCode, ApplicationType type, String variant) {
        jdbc.sql("delete from service_auto_rule where region_code = ? and type = ? and variant = ?")
                .params(regionCode, type.name(), variant).update();
        audit.record("staff:" + adminLogin, "rule:" + regionCode + ":" + type + ":" + variant,
                "SERVICE_AUTO_RULE_REMOVED", AuditTrail.Channel.STAFF, null);
    }
}
