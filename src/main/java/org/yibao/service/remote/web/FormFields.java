package org.yibao.service.remote.web;

import org.jspecify.annotations.Nullable;
import org.yibao.service.remote.RemoteCareForm;

/** The 备案申报 form as posted by the page. */
record FormFields(@Nullable String kind, @Nullable String category, @Nullable String provinceCode,
                  @Nullable String cityCode, @Nullable String startDate, @Nullable String phone,
                  @Nullable String contactName, @Nullable String contactPhone, @Nullable String contactAddress) {

    RemoteCareForm form() {
        return new RemoteCareForm(kind, category, provinceCode, cityCode, startDate, trim(phone), contactName,
                trim(contactPhone), contactAddress, null);
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null ? null : s.strip();
    }
}
