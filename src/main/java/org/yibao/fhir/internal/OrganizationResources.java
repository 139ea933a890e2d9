package org.yibao.fhir.internal;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.yibao.catalog.Institution;
import org.yibao.catalog.InstitutionKind;
import org.yibao.catalog.PoolingRegion;

/** 定点医药机构 (providers) and 医保经办机构 (the payers of their regions) as Organization resources. */
public final class OrganizationResources {

    private static final String ORGANIZATION_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type";

    private OrganizationResources() {
    }

    public static Organization institution(Institution i) {
        Organization o = new Organization();
        o.setId(i.code());
        o.addIdentifier().setSystem(FhirNames.INSTITUTION_CODE).setValue(i.code());
        o.setActive(true);
        o.addType(new CodeableConcept(new Coding(ORGANIZATION_TYPE, "prov", "Healthcare Provider"))
                .setText(i.kind() == InstitutionKind.PHARMACY ? "定点零售药店"
                        : "定点医疗机构" + (i.level() == null ? "" : "（" + i.level() + "级）")));
        o.setName(i.name());
        if (i.phone() != null) {
            o.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(i.phone());
        }
        var address = o.addAddress().setCity(i.regionName()).setCountry("CN");
        if (i.address() != null) {
            address.setText(i.address());
        }
        return o;
    }

    public static Organization agency(PoolingRegion r) {
        Organization o = new Organization();
        o.setId(r.agencyCode());
        o.addIdentifier().setSystem(FhirNames.AGENCY_CODE).setValue(r.agencyCode());
        o.setActive(true);
        o.addType(new CodeableConcept(new Coding(ORGANIZATION_TYPE, "pay", "Payer")).setText("医保经办机构"));
        o.setName(r.agencyName());
        o.addAddress().setCity(r.name()).setState(r.provinceName()).setCountry("CN");
        return o;
    }

    public static Reference institutionReference(String code, String name) {
        return new Reference("Organization/" + code).setDisplay(name);
    }

    /** The agency of the region that pays; when the region is not in the catalog, a reference by name only. */
    public static Reference agencyReference(String regionCode, @Nullable PoolingRegion region) {
        return region == null ? new Reference().setDisplay(regionCode + " 医保经办机构")
                : new Reference("Organization/" + region.agencyCode()).setDisplay(region.agencyName());
    }
}
