package io.musubi.event;

import io.musubi.platform.error.ApiException;
import java.util.Arrays;
import java.util.Optional;

/** How much a participant wants a meeting; a must-meet weighs three times a would-like in the schedule. */
public enum Priority {
    MUST_MEET(3), WOULD_LIKE(1);

    /** Added to a meeting's weight when both sides asked for it. */
    static final int MUTUAL_BONUS = 1;

    private final int weight;

    Priority(int weight) {
        this.weight = weight;
    }

    int weight() {
        return weight;
    }

    /** The scheduler's weight of a meeting with this priority. */
    int weight(boolean mutual) {
        return weight + (mutual ? MUTUAL_BONUS : 0);
    }

    /** The stronger of two wishes: a meeting both asked for keeps the must-meet of either side. */
    Priority strongest(Priority other) {
        return this == MUST_MEET || other == MUST_MEET ? MUST_MEET : WOULD_LIKE;
    }

    /** The priority a request names, or empty for none; an unknown name is a 400 naming {@code field}. */
    static Optional<Priority> parse(String field, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values()).filter(p -> p.name().equals(value)).findFirst()
                .orElseThrow(() -> ApiException.invalid(field, "unknown", "must be MUST_MEET or WOULD_LIKE")));
    }
}
