package io.musubi.platform;

import java.util.List;

/** How user-entered words are tidied before they are stored. */
public final class Strings {
    private Strings() {
    }

    /** Trimmed, without repeats, in the order given; null becomes empty. */
    public static String[] terms(List<String> values) {
        return values == null ? new String[0]
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct()
                        .toArray(String[]::new);
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
