package org.yibao.voucher;

import org.yibao.common.IdNumber;

/**
 * The port to a real-person verification service (实人认证: liveness, and the face compared with the photo of the
 * national population database for the name and ID number). The demo adapter simulates it; a deployment chooses its
 * provider with {@code yibao.face.provider}. Implementations keep nothing of the frames once they answer and never
 * log them.
 */
public interface FaceVerifier {

    /** Whose face it must be. */
    record Subject(String name, IdNumber idNumber) {
        @Override
        public String toString() {
            return "Subject[" + idNumber.masked() + "]";
        }
    }

    /**
     * True when the live face in the frames is the person's. A provider that cannot answer throws a
     * {@link org.yibao.common.BusinessException} (503), which counts no try.
     */
    boolean matches(Subject person, FaceFrames frames);
}
