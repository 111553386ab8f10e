package io.musubi.account;

/**
 * A member's place in their company's team: owners manage the team (invite, remove, change roles, hand over
 * ownership, delete the company); members act for the company in everything else. A company keeps at least one owner.
 */
public enum CompanyRole {
    OWNER,
    MEMBER
}
