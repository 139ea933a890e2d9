package org.yibao.service.payment;

import java.util.List;
import org.springframework.stereotype.Component;
import org.yibao.common.InputErrors;
import org.yibao.service.Material;
import org.yibao.service.internal.MaterialIntake;

/**
 * 上传材料信息 of the claims (seed 000 §三): 代办人身份证, 本人身份证, 发票, 费用清单, 诊断证明, 出院记录, 影像报告单, each
 * JPG, PNG or PDF checked by content; one bad file adds none. Which kinds a claim needs is said by its type.
 */
@Component
public class ClaimMaterials {

    /** The kinds of material; message key {@code claim.material.<NAME>}. */
    public enum Kind { AGENT_ID, ID_CARD, INVOICE, FEE_LIST, DIAGNOSIS, DISCHARGE, IMAGING }

    /** One kind on the upload page, required or optional. */
    public record Requirement(Kind kind, boolean required) {
    }

    /** A file as it came from the form, under its kind's field name. */
    public record NewMaterial(String kind, String fileName, byte[] content) implements MaterialIntake.NewFile {
    }

    private final MaterialIntake intake;

    ClaimMaterials(MaterialIntake intake) {
        this.intake = intake;
    }

    /** Adds the files to the applicant's draft after every one has been checked. */
    public void add(long account, long id, List<NewMaterial> files) {
        intake.add(account, id, files, ClaimMaterials::known, "CLAIM_MATERIAL_KIND");
    }

    /** Refuses, naming each missing kind, unless every required kind has at least one file. */
    public static void checkComplete(List<Requirement> requirements, List<Material> materials) {
        InputErrors errors = new InputErrors();
        for (Requirement r : requirements) {
            if (r.required() && materials.stream().noneMatch(m -> m.kind().equals(r.kind().name()))) {
                errors.reject(r.kind().name(), "CLAIM_MATERIAL_MISSING");
            }
        }
        errors.throwIfAny();
    }

    private static boolean known(String kind) {
        for (Kind k : Kind.values()) {
            if (k.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
