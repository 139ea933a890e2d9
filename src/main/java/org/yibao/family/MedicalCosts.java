package org.yibao.family;

import java.util.List;

/**
 * A person's settled medical costs of a year, for the 亲情账户 member page. Declared here because family sits below
 * settlement; the settlement module answers it from its settlements.
 */
public interface MedicalCosts {

    List<MemberCost> ofYear(long personId, int year);
}
