package org.yibao.insured;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yibao.common.InputErrors;
import org.yibao.common.Upload;

/**
 * The materials rules of a resident enrollment: at most {@value #MAX_MATERIALS} files, each checked by content,
 * an ID document always, and proof of 低保/特困 status for those categories.
 */
final class EnrollmentUploads {

    static final int MAX_MATERIALS = 5;

    private EnrollmentUploads() {
    }

    /** A checked upload and the kind of material it is (ID_DOCUMENT or PROOF). */
    record Stored(String kind, Upload upload) {
    }


    static List<Stored> check(InputErrors errors, List<ResidentEnrollments.Material> materials, int already, boolean hasId,
                                 @Nullable ResidentCategory category) {
        List<ResidentEnrollments.Material> given = materials.stream().filter(m -> m.content() != null && m.content().length > 0).toList();
        if (already + given.size() > MAX_MATERIALS) {
            errors.reject("materials", "UPLOAD_TOO_MANY", MAX_MATERIALS);
            return List.of();
        }
        boolean idGiven = hasId;
        List<Stored> out = new ArrayList<>();
        for (ResidentEnrollments.Material m : given) {
            Upload.Result r = Upload.check(m.originalName(), m.content());
            String field = "PROOF".equals(m.kind()) ? "proof" : "idDocument";
            if (r.errorCode() != null) {
                errors.reject(field, r.errorCode(), Upload.MAX_BYTES / 1024 / 1024);
            } else {
                out.add(new Stored("PROOF".equals(m.kind()) ? "PROOF" : "ID_DOCUMENT", r.upload()));
                idGiven |= !"PROOF".equals(m.kind());
            }
        }
        if (!idGiven && !errors.has("idDocument")) {
            errors.reject("idDocument", "ENROLLMENT_ID_DOCUMENT_REQUIRED");
        }
        boolean assisted = category == ResidentCategory.MINIMUM_INCOME || category == ResidentCategory.EXTREME_POVERTY;
        if (assisted && already == 0 && given.stream().noneMatch(m -> "PROOF".equals(m.kind())) && !errors.has("proof")) {
            errors.reject("proof", "ENROLLMENT_PROOF_REQUIRED");
        }
        return out;
    }

}
