package io.musubi.platform.security;

/** What a user may do. Members belong to one company; staff roles act across companies in their own ways. */
public enum Role {
    SME_MEMBER,
    LARGE_FIRM_MEMBER,
    COORDINATOR,
    ORGANISER,
    ADMIN;

    public boolean isMember() {
        return this == SME_MEMBER || this == LARGE_FIRM_MEMBER;
    }
}
