package org.yibao.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.yibao.identity.CitizenPrincipal;

/** Ends a citizen's sessions on every node and device (退出所有设备), and their API tokens with them; or a staff member's. */
@Component
public class Sessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AccessTokens tokens;

    Sessions(FindByIndexNameSessionRepository<? extends Session> sessions, AccessTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /**
     * Ends all web sessions and API tokens of the account except the current session and token (either may be null).
     */
    public void endAll(long accountId, @Nullable String keepSessionId, @Nullable String keepToken) {
        String principal = CitizenPrincipal.PREFIX + accountId;
        for (String id : sessions.findByPrincipalName(principal).keySet()) {
            if (!id.equals(keepSessionId)) {
                sessions.deleteById(id);
            }
        }
        tokens.revokeAll(accountId, keepToken);
    }

    /** Ends every session of a staff member (disabled, or given a new password by an administrator). */
    public void endStaff(String login) {
        for (String id : sessions.findByPrincipalName("staff:" + login).keySet()) {
            sessions.deleteById(id);
        }
    }
}
