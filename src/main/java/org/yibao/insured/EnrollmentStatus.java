package org.yibao.insured;

/** 参保登记 states: 草稿 → 已提交 (待审核) → 已通过 / 已驳回, or 已取消 by the applicant before a decision. */
public enum EnrollmentStatus { DRAFT, SUBMITTED, APPROVED, REJECTED, CANCELLED }
