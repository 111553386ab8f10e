package io.musubi.introduction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

final class IntroductionRequests {
    private IntroductionRequests() {
    }

    @Serdeable
    record Create(@NotNull(message = "is required") UUID companyA, @NotNull(message = "is required") UUID companyB,
                  @Nullable UUID needId,
                  @Nullable @Size(max = 2000, message = "must be at most 2000 characters") String note) {
    }

    @Serdeable
    record StatusChange(@NotNull(message = "is required") Introduction.Status status,
                        @Nullable @Size(max = 2000, message = "must be at most 2000 characters") String note) {
    }

    @Serdeable
    record ConsentAnswer(@NotNull(message = "is required") Boolean accept) {
    }
}
