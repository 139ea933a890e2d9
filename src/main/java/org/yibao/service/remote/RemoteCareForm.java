package org.yibao.service.remote;

import org.jspecify.annotations.Nullable;

/**
 * The 备案申报 form as stored with the application (JSON): type and category, destination province and city
 * (GB/T 2260 codes), start date (yyyy-MM-dd), the person's phone, the contact, and the typed signature of the
 * 承诺书. Values are kept as entered until checked, so that a form with mistakes can be shown again.
 */
public record RemoteCareForm(@Nullable String kind, @Nullable String category, @Nullable String provinceCode,
                             @Nullable String cityCode, @Nullable String startDate, @Nullable String phone,
                             @Nullable String contactName, @Nullable String contactPhone,
                             @Nullable String contactAddress, @Nullable String signature) {

    public static RemoteCareForm start(String kind, @Nullable String phone) {
        return new RemoteCareForm(kind, null, null, null, null, phone, null, null, null, null);
    }

    public RemoteCareForm withSignature(@Nullable String text) {
        return new RemoteCareForm(kind, category, provinceCode, cityCode, startDate, phone, contactName, contactPhone,
                contactAddress, text == null ? null : text.strip());
    }

    /** The same form with what the page posted, keeping the signature already given. */
    public RemoteCareForm withSignatureOf(RemoteCareForm stored) {
        return withSignature(stored.signature());
    }
}
