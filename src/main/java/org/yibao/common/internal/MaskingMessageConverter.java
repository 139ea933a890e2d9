package org.yibao.common.internal;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.yibao.common.Masking;

/** The log message with any ID number or mobile number masked: a safety net behind careful logging. */
public class MaskingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Masking.scrub(super.convert(event));
    }
}
