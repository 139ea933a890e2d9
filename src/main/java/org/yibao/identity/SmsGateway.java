package org.yibao.identity;

import org.yibao.common.PhoneNumber;

/**
 * The port to an SMS provider: sends one {@link SmsMessage} (which message and its parameters; the provider holds the
 * approved template and signature). Implementations must never log the parameters (they carry verification codes),
 * and answer a refusal of the provider as an {@link SmsSendFailure} saying whether another try may help.
 */
public interface SmsGateway {

    void send(PhoneNumber phone, SmsMessage message);
}
