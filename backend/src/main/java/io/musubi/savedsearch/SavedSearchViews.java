package io.musubi.savedsearch;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** The saved-search API's payloads. */
final class SavedSearchViews {
    private SavedSearchViews() {
    }

    enum Frequency { DAILY, WEEKLY }

    @Serdeable
    record Item(UUID id, String name, String query, Frequency frequency, Instant createdAt,
                @Nullable Instant lastRunAt) {
    }

    /** {@code query}: the search's parameters as the search page's URL has them, e.g. {@code q=精密&country=JP}. */
    @Serdeable
    record Create(@NotBlank(message = "is required") @Size(max = 100, message = "at most 100 characters") String name,
                  @NotNull(message = "is required") @Size(max = 2000, message = "at most 2000 characters") String query,
                  @NotNull(message = "is required") Frequency frequency) {
    }
}
