package org.yibao.identity;

/** 实名认证 by the e-voucher password, by social security card and card password, or by a clerk who checked the documents. */
public enum RealNameMethod { EVOUCHER, SOCIAL_CARD, AGENCY_REVIEW }
