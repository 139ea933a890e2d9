package org.yibao.voucher;

/**
 * The port to a face-verification service (人脸识别 with liveness, compared with the photo of the national
 * population database). The demo adapter simulates it; a deployment plugs in its provider's SDK here.
 */
public interface FaceVerifier {

    /** True when the live face in front of the camera is the insured person's. */
    boolean matches(long personId);
}
