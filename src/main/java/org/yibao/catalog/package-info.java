/**
 * Catalogs everybody reads: administrative divisions (行政区划, GB/T 2260) and pooling regions (统筹区), designated
 * medical institutions (定点医药机构), the medical list (医保目录: drugs, consumables, service items with their class,
 * price, cap and 先行自付 share) that the settlement engine prices with, diseases (ICD-10) with the 门诊慢特病 catalog
 * per region, and policy documents (政策咨询). Read-only for citizens, public pages and a public REST API.
 */
@NullMarked
@ApplicationModule(displayName = "Catalog")
package org.yibao.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
