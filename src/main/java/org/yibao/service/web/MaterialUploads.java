package org.yibao.service.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** The files an application's upload step posted, each under its field name (the material kind); empty ones skipped. */
public final class MaterialUploads {

    /** How a step makes its own material of one uploaded file. */
    @FunctionalInterface
    public interface Maker<T> {
        T make(String kind, @Nullable String fileName, byte[] content);
    }

    private MaterialUploads() {
    }

    /** Every non-empty file of the request as {@code T}; a request without files answers none. */
    public static <T> List<T> files(HttpServletRequest plain, Maker<T> maker) {
        List<T> out = new ArrayList<>();
        if (!(plain instanceof MultipartHttpServletRequest request)) {
            return out;
        }
        for (Map.Entry<String, List<MultipartFile>> e : request.getMultiFileMap().entrySet()) {
            for (MultipartFile f : e.getValue()) {
                if (f != null && !f.isEmpty()) {
                    try {
                        out.add(maker.make(e.getKey(), f.getOriginalFilename(), f.getBytes()));
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                }
            }
        }
        return out;
    }
}
