package org.yibao.identity;

/** What an SMS verification code is for; a code only works for its own purpose. */
public enum SmsPurpose { REGISTER, RESET_PASSWORD }
