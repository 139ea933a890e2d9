package org.yibao.identity;

/** 实名认证 by the e-voucher password, or by social security card number and card password. */
public enum RealNameMethod { EVOUCHER, SOCIAL_CARD }
