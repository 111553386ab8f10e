package io.musubi.opportunity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A capacity listing as a client sends it; {@code companyId} is for admins acting for a company. */
@Serdeable
public record CapacityRequest(
        @Nullable Long version,
        @Nullable UUID companyId,
        @NotNull(message = "is required") Capacity.Kind kind,
        @NotNull(message = "is required") @Valid Texts.Titles titles,
        @Nullable @Valid Texts.Descriptions specifications,
        @Nullable @Size(max = 50, message = "must have at most 50 entries")
        List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters")
                String> technologies,
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as JP or CN")
        String country,
        @Nullable @Size(max = 100, message = "must be at most 100 characters") String region,
        @NotNull(message = "is required") LocalDate availableFrom,
        @NotNull(message = "is required") LocalDate availableTo,
        @Nullable @PositiveOrZero(message = "must not be negative")
        @Digits(integer = 10, fraction = 2, message = "must have at most 10 digits and 2 decimals")
        BigDecimal amountPerMonth,
        @Nullable Capacity.Unit unit,
        @Nullable @Size(max = 2000, message = "must be at most 2000 characters") String terms,
        @Nullable Status status) {
}
