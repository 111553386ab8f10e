package io.musubi.event;

import io.musubi.platform.error.ApiException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What came of a meeting, from one side. BUSINESS_TALKS and DEAL are the "reached concrete business talks" figure.
 */
public enum OutcomeKind {
    NO_SHOW, NO_INTEREST, FOLLOW_UP, BUSINESS_TALKS, DEAL;

    static OutcomeKind parse(String field, String value) {
        String choices = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
        if (value == null) {
            throw ApiException.invalid(field, "required", "must be one of " + choices);
        }
        return Arrays.stream(values()).filter(k -> k.name().equals(value)).findFirst()
                .orElseThrow(() -> ApiException.invalid(field, "unknown", "must be one of " + choices));
    }
}
