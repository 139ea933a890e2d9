package org.yibao.service.office;

import org.yibao.common.web.CurrentStaff;
import org.yibao.service.Applications;

/** The workflow's view of the back-office user: login and region (none for administrators). */
final class StaffActors {

    private StaffActors() {
    }

    static Applications.StaffActor of(CurrentStaff staff) {
        return new Applications.StaffActor(staff.login(), staff.regionCode().orElse(null));
    }
}
