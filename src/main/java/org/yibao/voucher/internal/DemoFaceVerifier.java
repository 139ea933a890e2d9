package org.yibao.voucher.internal;

import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.yibao.voucher.FaceFrames;
import org.yibao.voucher.FaceVerifier;

/**
 * The demo adapter of the face port: every face in valid camera frames (the page's, or Chromium's fake camera) matches, except for the ID numbers configured in
 * {@code yibao.face.demo-fail-id-numbers}, so that the failure path can be shown and tested. Demo profile only.
 */
@Component
@Profile("demo")
class DemoFaceVerifier implements FaceVerifier {

    private final Set<String> failing;

    DemoFaceVerifier(FaceProperties properties) {
        this.failing = Set.copyOf(properties.demoFailIdNumbers());
    }

    @Override
    public boolean matches(Subject person, FaceFrames frames) {
        return !failing.contains(person.idNumber().value());
    }
}
