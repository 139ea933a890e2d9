package org.yibao.family;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yibao.common.InputErrors;
import org.yibao.common.Upload;

/** The photos a binding is filed with (承诺书, 户口簿 / 出生医学证明): checked before anything is written, then kept. */
@Component
class BindingMaterials {

    static final int MAX_FILES = 4;

    private final JdbcClient jdbc;
    private final Clock clock;

    BindingMaterials(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The checked files of one {@code kind} (at least one, at most four) or the refusals in {@code errors}. */
    List<Upload> uploads(InputErrors errors, String field, String kind, List<FamilyAccounts.Material> materials) {
        List<Upload> out = new ArrayList<>();
        List<FamilyAccounts.Material> given = materials.stream()
                .filter(m -> kind.equals(m.kind()) && m.content() != null && m.content().length > 0).toList();
        if (given.isEmpty()) {
            errors.reject(field, "FAMILY_" + kind + "_REQUIRED");
        } else if (given.size() > MAX_FILES) {
            errors.reject(field, "UPLOAD_TOO_MANY", MAX_FILES);
            return out;
        }
        for (FamilyAccounts.Material m : given) {
            Upload.Result r = Upload.check(m.originalName(), m.content());
            if (r.errorCode() != null) {
                errors.reject(field, r.errorCode(), Upload.MAX_BYTES / 1024 / 1024);
            } else {
                out.add(r.upload());
            }
        }
        return out;
    }

    void store(BindingKind binding, long memberId, String kind, List<Upload> uploads) {
        for (Upload u : uploads) {
            jdbc.sql("insert into " + binding.materialTable + """
                     (member_id, kind, file_name, content_type, size_bytes, sha256, content, uploaded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(memberId, kind, u.fileName(), u.contentType(), u.content().length, u.sha256(), u.content(),
                            OffsetDateTime.now(clock))
                    .update();
        }
    }

    List<StoredMaterial> list(BindingKind binding, long memberId) {
        return jdbc.sql("select id, kind, file_name, content_type, size_bytes, sha256 from " + binding.materialTable
                + " where member_id = ? order by id").param(memberId).query(StoredMaterial.class).list();
    }

    Optional<byte[]> content(BindingKind binding, long memberId, long materialId) {
        return jdbc.sql("select content from " + binding.materialTable + " where member_id = ? and id = ?")
                .params(memberId, materialId).query(byte[].class).optional();
    }
}
