package io.musubi.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of a destructive request that asks for the caller's password again (deleting an account, a company). */
@Serdeable
public record PasswordConfirmation(@NotNull(message = "is required")
                                   @Size(max = 1000, message = "must be at most 1000 characters") String password) {
}
