package io.musubi.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record LoginRequest(
        @NotBlank(message = "is required") @Size(max = 320, message = "must be at most 320 characters") String email,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String password) {
}
