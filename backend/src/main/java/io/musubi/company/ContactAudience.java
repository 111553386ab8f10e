package io.musubi.company;

/** Who may see one of a company's contact details. */
public enum ContactAudience {
    /** Everyone, also visitors who are not signed in. */
    PUBLIC,
    /** Signed-in users of any role (the default). */
    MEMBERS,
    /** Only companies this company has written to in an inquiry thread (and its own members, and admins). */
    INQUIRY
}
