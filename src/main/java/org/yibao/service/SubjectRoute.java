package org.yibao.service;

/** How the applicant may act for the person the application is for. */
public enum SubjectRoute {
    /** The applicant's own real-name person. */
    SELF,
    /** A 亲情代办 member of the applicant. */
    PROXY,
    /** Another person who proved their consent with their 医保电子凭证 password. */
    VERIFIED
}
