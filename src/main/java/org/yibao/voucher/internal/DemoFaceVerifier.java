package org.yibao.voucher.internal;

import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.yibao.insured.InsuredPersons;
import org.yibao.voucher.FaceVerifier;

/**
 * The demo adapter of the face port: every live face matches, except for the ID numbers configured in
 * {@code yibao.face.demo-fail-id-numbers}, so that the failure path can be shown and tested. Demo profile only.
 */
@Component
@Profile("demo")
class DemoFaceVerifier implements FaceVerifier {

    private final InsuredPersons persons;
    private final Set<String> failing;

    DemoFaceVerifier(InsuredPersons persons, FaceProperties properties) {
        this.persons = persons;
        this.failing = Set.copyOf(properties.demoFailIdNumbers());
    }

    @Override
    public boolean matches(long personId) {
        return persons.find(personId).map(p -> !failing.contains(p.idNumber().value())).orElse(false);
    }
}
