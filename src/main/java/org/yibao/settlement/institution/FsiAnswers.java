package org.yibao.settlement.institution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.yibao.common.PackedText;

/**
 * The stored answers of {@code settlement_message}, packed against a dictionary of FSI answers (docs/adr/0010): what
 * {@link FsiMessages} stores under a msgid and answers again byte for byte, and what 2601 冲正 reads its original
 * call from. Answers stored before V375 are kept as text in {@code response}; every answer since in
 * {@code response_packed}.
 */
final class FsiAnswers {

    /** Version 1 of the dictionary: answers of 9001, a refusal, 2201, 1101, 2204 and 2207 (the hottest last). */
    private static final PackedText PACKED = new PackedText(1, dictionary("settlement/fsi-answers-1.txt"));

    private FsiAnswers() {
    }

    /** The packed form an answer is stored in. */
    static byte[] pack(String answer) {
        return PACKED.pack(answer);
    }

    /** The stored answer, from whichever of the two columns holds it. */
    static String stored(@Nullable String response, byte @Nullable [] packed) {
        if (packed != null) {
            return PACKED.unpack(packed);
        }
        if (response == null) {
            throw new IllegalStateException("a stored answer has neither response nor response_packed");
        }
        return response;
    }

    private static String dictionary(String resource) {
        try (InputStream in = FsiAnswers.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
