package io.musubi.platform.security;

/**
 * What a user may do. Members belong to one company; staff roles act across companies in their own ways; an
 * unaffiliated account belongs to no company any more (removed from its team, its company deleted) and can only
 * accept an invitation, read what anyone may read, export its data or delete itself.
 */
public enum Role {
    SME_MEMBER,
    LARGE_FIRM_MEMBER,
    UNAFFILIATED,
    COORDINATOR,
    ORGANISER,
    ADMIN;

    public boolean isMember() {
        return this == SME_MEMBER || this == LARGE_FIRM_MEMBER;
    }
}
