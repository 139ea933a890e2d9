package org.yibao.voucher;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yibao.common.BusinessException;

/**
 * The camera frames of one try in front of the camera: {@value #MIN} to {@value #MAX} JPEG images of at most
 * {@value #MAX_BYTES} bytes each, sent as base64 (optionally as {@code data:image/jpeg;base64,…} URLs). They live only
 * in memory for the check: never stored, never logged ({@link #toString()} names only their count).
 */
public final class FaceFrames {

    public static final int MIN = 1;
    public static final int MAX = 5;
    public static final int MAX_BYTES = 200 * 1024;
    private static final String DATA_URL = "data:image/jpeg;base64,";
    /** Base64 of {@link #MAX_BYTES} bytes, and a little room: a longer text is refused before it is decoded. */
    private static final int MAX_TEXT = (MAX_BYTES / 3 + 1) * 4 + DATA_URL.length() + 4;

    private final List<byte[]> jpegs;

    private FaceFrames(List<byte[]> jpegs) {
        this.jpegs = jpegs;
    }

    /**
     * Checks what the client sent: none is refused as "no camera" (what to do instead), too many, too large, not
     * base64 or not JPEG as invalid; nothing is kept of a refused try.
     */
    public static FaceFrames parse(@Nullable List<String> frames) {
        if (frames == null || frames.stream().allMatch(f -> f == null || f.isBlank())) {
            throw BusinessException.invalid("frames", "FACE_FRAMES_MISSING");
        }
        if (frames.size() > MAX) {
            throw BusinessException.invalid("frames", "FACE_FRAMES_INVALID", MAX);
        }
        List<byte[]> jpegs = new ArrayList<>(frames.size());
        for (String frame : frames) {
            byte[] jpeg = decode(frame);
            if (jpeg == null) {
                throw BusinessException.invalid("frames", "FACE_FRAMES_INVALID", MAX);
            }
            jpegs.add(jpeg);
        }
        return new FaceFrames(List.copyOf(jpegs));
    }

    private static byte @Nullable [] decode(@Nullable String frame) {
        if (frame == null || frame.length() > MAX_TEXT) {
            return null;
        }
        String base64 = frame.startsWith(DATA_URL) ? frame.substring(DATA_URL.length()) : frame;
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        return bytes.length >= 4 && bytes.length <= MAX_BYTES && isJpeg(bytes) ? bytes : null;
    }

    /** SOI marker at the start, EOI at the end, as every complete JPEG has. */
    private static boolean isJpeg(byte[] b) {
        return (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF
                && (b[b.length - 2] & 0xFF) == 0xFF && (b[b.length - 1] & 0xFF) == 0xD9;
    }

    /** The frames, in the order taken; copies, so that a provider cannot change them for another. */
    public List<byte[]> jpegs() {
        return jpegs.stream().map(byte[]::clone).toList();
    }

    /** The last frame taken (after the liveness prompts), for providers that compare one picture. */
    public byte[] last() {
        return jpegs.get(jpegs.size() - 1).clone();
    }

    public int count() {
        return jpegs.size();
    }

    @Override
    public String toString() {
        return "FaceFrames[" + jpegs.size() + "]";
    }
}
