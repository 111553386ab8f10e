package io.musubi.company;

/** Which side of the platform a company is on: SMEs offer capabilities, large firms post needs. */
public enum CompanyKind {
    SME,
    LARGE_FIRM
}
