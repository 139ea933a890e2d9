package org.yibao.common;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Text stored packed: its UTF-8 bytes deflated against a preset dictionary of what such texts usually say, behind
 * one byte naming the dictionary. Unpacking gives back exactly the text packed, so a stored answer is answered again
 * byte for byte (docs/adr/0010). PostgreSQL compresses only rows of more than about 2 kB, so texts of 1–2 kB that
 * repeat the same field names (an FSI answer) are written to the WAL in full unless packed here; a dictionary
 * shrinks them to about a quarter.
 *
 * <p>A dictionary, once texts were packed with it, never changes: a better one gets a new {@code version}, and the
 * old one stays to unpack what it packed.
 */
public final class PackedText {

    /** zlib's window: a dictionary longer than this is used by its last 32 KiB only. */
    private static final int WINDOW = 32 * 1024;

    private final byte version;
    private final byte[] dictionary;
    /** Deflaters are costly to create (a zlib state of about 256 KiB), so they are reused, one per concurrent call. */
    private final Queue<Deflater> idle = new ConcurrentLinkedQueue<>();

    /** A packer whose packed texts begin with {@code version} and are deflated against {@code dictionary}. */
    public PackedText(int version, String dictionary) {
        if (version < 1 || version > 127) {
            throw new IllegalArgumentException("a dictionary version is 1 to 127: " + version);
        }
        byte[] bytes = dictionary.getBytes(StandardCharsets.UTF_8);
        this.version = (byte) version;
        this.dictionary = bytes.length > WINDOW
                ? Arrays.copyOfRange(bytes, bytes.length - WINDOW, bytes.length) : bytes;
    }

    /** The packed form of {@code text}: the version byte, then the raw deflate stream. */
    public byte[] pack(String text) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = idle.poll();
        if (deflater == null) {
            deflater = new Deflater(Deflater.BEST_SPEED, true);
        }
        try {
            deflater.setDictionary(dictionary);
            deflater.setInput(input);
            deflater.finish();
            byte[] out = new byte[input.length + input.length / 8 + 64];
            out[0] = version;
            int length = 1;
            while (!deflater.finished()) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                length += deflater.deflate(out, length, out.length - length);
            }
            return Arrays.copyOf(out, length);
        } finally {
            deflater.reset();
            idle.offer(deflater);
        }
    }

    /** The text {@code packed} was packed from; an {@link IllegalArgumentException} when it is not of this packer. */
    public String unpack(byte[] packed) {
        if (packed.length < 2 || packed[0] != version) {
            throw new IllegalArgumentException("not packed with dictionary version " + version);
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setDictionary(dictionary);
            inflater.setInput(packed, 1, packed.length - 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
            byte[] chunk = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("packed text is cut short");
                }
                out.write(chunk, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("packed text is damaged", e);
        } finally {
            inflater.end();
        }
    }
}
