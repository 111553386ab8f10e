package io.musubi.account;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the account endpoints that are not sign-up or login. */
final class AccountRequests {
    private AccountRequests() {
    }

    @Serdeable
    record Request(@NotBlank(message = "is required") @Size(max = 320, message = "must be at most 320 characters")
                   @Email(message = "must be an e-mail address") String email) {
    }

    /** {@code password} is checked by the sign-up rules once the token is known to be good. */
    @Serdeable
    record Confirmation(@NotBlank(message = "is required") @Size(max = 100, message = "is not a reset token")
                        String token,
                        @NotNull(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters")
                        String password) {
    }

    /** The token of a link sent by mail (e-mail confirmation). */
    @Serdeable
    record Token(@NotBlank(message = "is required") @Size(max = 100, message = "is not a link token") String token) {
    }

    /** {@code newPassword} is checked by the sign-up rules once the current one is known to be right. */
    @Serdeable
    record Change(@NotNull(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters")
                  String currentPassword,
                  @NotNull(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters")
                  String newPassword) {
    }
}
