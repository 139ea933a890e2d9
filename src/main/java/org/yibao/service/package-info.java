/**
 * 业务办理: one workflow for every application type (慢特病, 异地就医备案, 转移接续, 生育…): forms, materials,
 * the status machine, review in the back office, and the progress citizens follow.
 */
@NullMarked
@ApplicationModule(displayName = "Service applications")
package org.yibao.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
