package io.musubi.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.company.CompanyKind;
import io.musubi.company.CompanyRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person and the company they sign up for; the rest of the profile is filled in afterwards. */
@Serdeable
public record SignUpRequest(
        @NotBlank(message = "is required") @Size(max = 320, message = "must be at most 320 characters")
        @Email(message = "must be an e-mail address") String email,
        @NotNull(message = "is required") @PasswordSize @NotCommonPassword String password,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
        String displayName,
        @NotNull(message = "is required") @Valid NewCompany company,
        @Nullable @Pattern(regexp = "ja|zh|en", message = "must be ja, zh or en") String language) {

    /** Without a mail language (it defaults to Japanese). */
    public SignUpRequest(String email, String password, String displayName, NewCompany company) {
        this(email, password, displayName, company, null);
    }

    @Serdeable
    public record NewCompany(
            @NotNull(message = "is required") CompanyKind kind,
            @NotNull(message = "is required") @Valid CompanyRequest.Names names,
            @NotBlank(message = "is required")
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as JP or CN")
            String country,
            @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters")
            String industry) {
    }
}
