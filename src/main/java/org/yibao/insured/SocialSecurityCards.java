package org.yibao.insured;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** 社会保障卡: checks that a card belongs to a person and that the card password is right. */
@Service
public class SocialSecurityCards {

    /** Compared against when the card is unknown, so that an unknown card costs as long as a wrong password. */
    private final String dummyHash;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    SocialSecurityCards(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.dummyHash = encoder.encode("not-a-card-password");
    }

    /** The person holding the card (社会保障卡卡号, {@code mdtrt_cert_type} 03), unless it was cancelled. */
    public Optional<Long> holder(String cardNumber) {
        return jdbc.sql("select person_id from insured_social_card where card_number = ? and status <> 'CANCELLED'")
                .param(cardNumber.strip().toUpperCase(java.util.Locale.ROOT)).query(Long.class).optional();
    }

    /** True when the card is the person's, not cancelled, and the password matches. A lost card still verifies. */
    public boolean verify(long personId, String cardNumber, String password) {
        Optional<String> hash = jdbc.sql("""
                select password_hash from insured_social_card
                where card_number = ? and person_id = ? and status <> 'CANCELLED'""")
                .params(cardNumber.strip().toUpperCase(java.util.Locale.ROOT), personId)
                .query(String.class).optional();
        boolean matches = encoder.matches(password, hash.orElse(dummyHash));
        return hash.isPresent() && matches;
    }
}
