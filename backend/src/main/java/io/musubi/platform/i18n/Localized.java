package io.musubi.platform.i18n;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;
import java.util.stream.Stream;

/** A text in any of the platform's languages; null where a language has none. */
@Serdeable
public record Localized(@Nullable String ja, @Nullable String zh, @Nullable String en) {
    public static final Localized EMPTY = new Localized(null, null, null);

    public Localized {
        ja = blankToNull(ja);
        zh = blankToNull(zh);
        en = blankToNull(en);
    }

    public boolean isEmpty() {
        return ja == null && zh == null && en == null;
    }

    public Optional<String> any() {
        return Stream.of(ja, en, zh).filter(s -> s != null).findFirst();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
