/**
 * Catalogs everybody reads: administrative divisions and pooling regions (统筹区), designated medical
 * institutions (定点医药机构), and later the medical lists, diseases and policy articles.
 */
@NullMarked
@ApplicationModule(displayName = "Catalog")
package org.yibao.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
