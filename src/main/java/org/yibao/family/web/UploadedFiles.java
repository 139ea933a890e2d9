package org.yibao.family.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import org.yibao.family.FamilyAccounts;

/** Turns the files of a multipart request into the module's materials; empty file inputs are ignored. */
final class UploadedFiles {

    private UploadedFiles() {
    }

    /** {@code householdRegister} holds the 户口簿 or the 出生医学证明. */
    static List<FamilyAccounts.Material> materials(@Nullable List<MultipartFile> commitment,
                                                   @Nullable List<MultipartFile> householdRegister) {
        List<FamilyAccounts.Material> out = new ArrayList<>();
        add(out, "COMMITMENT", commitment);
        add(out, "HOUSEHOLD_REGISTER", householdRegister);
        return out;
    }

    private static void add(List<FamilyAccounts.Material> out, String kind, @Nullable List<MultipartFile> files) {
        if (files == null) {
            return;
        }
        for (MultipartFile f : files) {
            if (f != null && !f.isEmpty()) {
                out.add(new FamilyAccounts.Material(kind, f.getOriginalFilename(), bytes(f)));
            }
        }
    }

    static byte @Nullable [] bytes(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a {@code data:image/png;base64,…} URL a canvas produced, or null when it is not one. */
    static byte @Nullable [] dataUrl(@Nullable String text) {
        String prefix = "data:image/png;base64,";
        if (text == null || !text.startsWith(prefix)) {
            return null;
        }
        try {
            return java.util.Base64.getDecoder().decode(text.substring(prefix.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
