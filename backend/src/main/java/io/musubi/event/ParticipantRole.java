package io.musubi.event;

import io.musubi.platform.error.ApiException;
import java.util.Arrays;
import java.util.Optional;

/** What a company comes to a fair as. A large-firm role is for companies registered as large firms. */
public enum ParticipantRole {
    EXHIBITOR, BUYER, LARGE_FIRM;

    /** The role a request names, or empty for none; an unknown name is a 400 naming {@code field}. */
    static Optional<ParticipantRole> parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst()
                .orElseThrow(() -> ApiException.invalid(field, "unknown", "must be " + choices())));
    }

    static String choices() {
        return "EXHIBITOR, BUYER or LARGE_FIRM";
    }
}
