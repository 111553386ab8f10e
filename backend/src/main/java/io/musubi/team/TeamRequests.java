package io.musubi.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.account.CompanyRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the team endpoints. */
final class TeamRequests {
    private TeamRequests() {
    }

    /** {@code language}: of the invitation mail (ja, zh or en); the inviter's own when absent. */
    @Serdeable
    record Invite(@NotBlank(message = "is required") @Size(max = 320, message = "must be at most 320 characters")
                  @Email(message = "must be an e-mail address") String email,
                  @NotNull(message = "is required") CompanyRole companyRole,
                  @Nullable @Pattern(regexp = "ja|zh|en", message = "must be ja, zh or en") String language) {
    }

    @Serdeable
    record RoleChange(@NotNull(message = "is required") CompanyRole companyRole) {
    }

    /**
     * Accepting an invitation: signed in, the body may be empty; otherwise it makes the account (the password is
     * checked by the sign-up rules).
     */
    @Serdeable
    record Acceptance(@Nullable @Size(max = 200, message = "must be at most 200 characters") String displayName,
                      @Nullable @Size(max = 1000, message = "must be at most 1000 characters") String password,
                      @Nullable @Pattern(regexp = "ja|zh|en", message = "must be ja, zh or en") String language) {
    }
}
