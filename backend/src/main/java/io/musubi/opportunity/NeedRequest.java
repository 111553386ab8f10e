package io.musubi.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A need as a client sends it. {@code companyId} is for admins acting for a firm; members post for their own.
 * {@code certificationsRequired}: the listed certificates are a must (true) or a plus (false).
 */
@Serdeable
public record NeedRequest(
        @Nullable Long version,
        @Nullable UUID companyId,
        @NotNull(message = "is required") @Valid Texts.Titles titles,
        @Nullable @Valid Texts.Descriptions descriptions,
        @Nullable @Size(max = 50, message = "must have at most 50 entries")
        List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters")
                String> technologies,
        @Nullable @Size(max = 50, message = "must have at most 50 entries")
        List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters")
                String> freeTerms,
        @Nullable @Size(max = 20, message = "must have at most 20 entries")
        List<@NotBlank(message = "must not be blank") @Size(max = 40, message = "must be at most 40 characters")
                String> certifications,
        @Nullable Boolean certificationsRequired,
        @Nullable @Size(max = 200, message = "must be at most 200 characters") String quantity,
        @Nullable LocalDate deadline,
        @Nullable @Size(max = 50, message = "must have at most 50 entries")
        List<@NotBlank(message = "must not be blank") @Size(max = 10, message = "must be at most 10 characters")
                String> preferredRegions,
        @Nullable Status status,
        @Nullable Boolean anonymous) {
}
