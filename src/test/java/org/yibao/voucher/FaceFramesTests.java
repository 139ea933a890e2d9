package org.yibao.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yibao.common.BusinessException;
import org.yibao.support.CameraFrames;

/** What a face try may carry: one to five JPEG frames of at most 200 KB, checked before any provider sees them. */
class FaceFramesTests {

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (BusinessException e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void takesTheFramesOfThePageAndOfTheApi() {
        FaceFrames frames = FaceFrames.parse(List.of(CameraFrames.dataUrl(), CameraFrames.three().get(0)));
        assertThat(frames.count()).isEqualTo(2);
        assertThat(frames.last()).isEqualTo(CameraFrames.jpeg());
        assertThat(frames.toString()).isEqualTo("FaceFrames[2]");
    }

    @Test
    void refusesATryWithoutFramesAsNoCamera() {
        assertThat(code(() -> FaceFrames.parse(null))).isEqualTo("FACE_FRAMES_MISSING");
        assertThat(code(() -> FaceFrames.parse(List.of("", " ")))).isEqualTo("FACE_FRAMES_MISSING");
    }

    @Test
    void refusesASixthFrame() {
        assertThat(code(() -> FaceFrames.parse(Collections.nCopies(6, CameraFrames.dataUrl()))))
                .isEqualTo("FACE_FRAMES_INVALID");
    }

    @Test
    void refusesWhatIsNotAJpeg() {
        String png = Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        assertThat(code(() -> FaceFrames.parse(List.of(png)))).isEqualTo("FACE_FRAMES_INVALID");
        assertThat(code(() -> FaceFrames.parse(List.of("not base64 %%%")))).isEqualTo("FACE_FRAMES_INVALID");
        byte[] cut = Arrays.copyOf(CameraFrames.jpeg(), 200);
        assertThat(code(() -> FaceFrames.parse(List.of(Base64.getEncoder().encodeToString(cut)))))
                .as("a truncated JPEG").isEqualTo("FACE_FRAMES_INVALID");
    }

    @Test
    void refusesAFrameOverTwoHundredKilobytes() {
        byte[] big = new byte[FaceFrames.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        big[big.length - 2] = (byte) 0xFF;
        big[big.length - 1] = (byte) 0xD9;
        assertThatThrownBy(() -> FaceFrames.parse(List.of(Base64.getEncoder().encodeToString(big))))
                .isInstanceOf(BusinessException.class);
        assertThat(code(() -> FaceFrames.parse(List.of(Base64.getEncoder().encodeToString(big)))))
                .isEqualTo("FACE_FRAMES_INVALID");
    }
}
