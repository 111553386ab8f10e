package io.musubi.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A machine or instrument a company has, e.g. "5-axis machining centre", DMG MORI, DMU 50, 2, "500×450×400 mm". */
@Serdeable
public record Equipment(
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String type,
        @Nullable @Size(max = 200, message = "must be at most 200 characters") String maker,
        @Nullable @Size(max = 200, message = "must be at most 200 characters") String model,
        @Nullable @Min(value = 1, message = "must be at least 1") @Max(value = 10_000, message = "must be at most 10000")
        Integer count,
        @Nullable @Size(max = 200, message = "must be at most 200 characters") String maxWorkSize) {
}
