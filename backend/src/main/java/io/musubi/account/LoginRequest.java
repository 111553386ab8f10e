package io.musubi.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record LoginRequest(
        @NotBlank(message = "is required") @Size(max = 320, message = "must be at most 320 characters") String email,
        // 200 characters of the sign-up rule can take 400 UTF-16 units (emoji), and more when not in NFC form
        @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters")
        String password) {
}
