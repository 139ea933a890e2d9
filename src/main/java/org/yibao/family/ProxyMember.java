package org.yibao.family;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.yibao.common.IdNumber;
import org.yibao.common.Masking;

/** A 亲情代办 member: a person (relative or not) the proxy's account may act for. */
public record ProxyMember(long id, long proxyAccount, long personId, String name, IdNumber idNumber,
                          Relationship relationship, ProxyRoute route, BindingStatus status,
                          @Nullable OffsetDateTime boundAt) {

    public String maskedName() {
        return Masking.name(name);
    }

    @Override
    public String toString() {
        return "ProxyMember[" + id + "]";
    }
}
