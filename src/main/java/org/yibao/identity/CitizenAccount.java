package org.yibao.identity;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.yibao.common.Masking;

/** A citizen's account as other modules see it; {@code personId} is set once real-name verification passed. */
public record CitizenAccount(long id, String phone, @Nullable Long personId, @Nullable RealNameMethod realNameMethod,
                             @Nullable OffsetDateTime realNameAt, boolean largeFont) {

    public boolean realNameVerified() {
        return personId != null;
    }

    public String maskedPhone() {
        return Masking.phone(phone);
    }

    @Override
    public String toString() {
        return "CitizenAccount[" + id + "]";
    }
}
