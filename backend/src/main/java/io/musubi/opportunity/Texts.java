package io.musubi.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.i18n.Localized;
import jakarta.validation.constraints.Size;

/** Request shapes for texts in ja / zh / en: short titles and long descriptions. */
public final class Texts {
    private Texts() {
    }

    @Serdeable
    public record Titles(
            @Nullable @Size(max = 300, message = "must be at most 300 characters") String ja,
            @Nullable @Size(max = 300, message = "must be at most 300 characters") String zh,
            @Nullable @Size(max = 300, message = "must be at most 300 characters") String en) {
        public Localized value() {
            return new Localized(ja, zh, en);
        }
    }

    @Serdeable
    public record Descriptions(
            @Nullable @Size(max = 10_000, message = "must be at most 10000 characters") String ja,
            @Nullable @Size(max = 10_000, message = "must be at most 10000 characters") String zh,
            @Nullable @Size(max = 10_000, message = "must be at most 10000 characters") String en) {
        public Localized value() {
            return new Localized(ja, zh, en);
        }
    }
}
