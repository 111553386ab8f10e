package io.musubi.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A certificate a company holds; {@code name} names an OTHER standard. Verification is the admins' to set. */
@Serdeable
public record CertificationRequest(
        @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String standard,
        @Nullable @Size(max = 200, message = "must be at most 200 characters") String name,
        @Nullable @Size(max = 100, message = "must be at most 100 characters") String number,
        @Nullable @Size(max = 200, message = "must be at most 200 characters") String issuer,
        @Nullable LocalDate validUntil) {
}
