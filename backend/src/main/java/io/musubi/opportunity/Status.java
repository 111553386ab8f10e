package io.musubi.opportunity;

/** Open needs and listings are offered; closed ones stay for the record but leave search. */
public enum Status { OPEN, CLOSED }
