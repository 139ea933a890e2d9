/**
 * FHIR R4 facade: a read-only view of Yibao for any FHIR client (hospital systems, research, personal health apps)
 * under {@code /fhir/r4} — the insured person as Patient, insurance relationships as Coverage, institutions and
 * agencies as Organization, settlements as Claim, ClaimResponse and ExplanationOfBenefit, and the national
 * dictionaries as CodeSystem resources. Built with HAPI FHIR's R4 structures; reads the other modules only
 * through their APIs and writes nothing.
 */
@NullMarked
@ApplicationModule(displayName = "FHIR",
        allowedDependencies = {"common", "catalog", "insured", "identity", "settlement"})
package org.yibao.fhir;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
