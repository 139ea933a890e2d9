package org.yibao.identity;

import org.yibao.common.PhoneNumber;

/** Sends a text message. Implementations must never log the text (it carries verification codes). */
public interface SmsGateway {

    void send(PhoneNumber phone, String text);
}
