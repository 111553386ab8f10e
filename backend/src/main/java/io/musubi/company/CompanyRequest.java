package io.musubi.company;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.i18n.Localized;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a client sends to create or replace a profile. Shape and size are checked here; rules that need code (one
 * name at least, a known industry, taxonomy code, region, country and currency, years not in the future) in
 * {@link CompanyRules}. {@code version}, when given on update, must be the current one (optimistic concurrency).
 * {@code kind} defaults to SME.
 */
@Serdeable
public record CompanyRequest(
        @Nullable Long version,
        @Nullable CompanyKind kind,
        @NotNull(message = "is required") @Valid Names names,
        @Nullable @Valid Headlines headlines,
        @Nullable @Valid Descriptions descriptions,
        @Nullable @Size(max = 50, message = "must have at most 50 entries")
        List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters")
                String> technologies,
        @Nullable @Size(max = 50, message = "must have at most 50 entries")
        List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters")
                String> freeTerms,
        @Nullable @Size(max = 50, message = "must have at most 50 entries")
        List<@NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters")
                String> products,
        @Nullable @Size(max = 50, message = "must have at most 50 entries")
        List<@NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters")
                String> materials,
        @Nullable @Size(max = 100, message = "must have at most 100 entries") List<@NotNull(message = "is required")
                @Valid Equipment> equipment,
        @NotBlank(message = "is required")
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as JP or CN")
        String country,
        @Nullable @Size(max = 100, message = "must be at most 100 characters") String region,
        @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters")
        String industry,
        @Nullable @Valid Money capital,
        @Nullable @Min(value = 0, message = "must not be negative")
        @Max(value = 10_000_000, message = "must be at most 10000000") Integer employees,
        @Nullable @Min(value = 1600, message = "must be 1600 or later") Integer foundedYear,
        @Nullable @Size(max = 500, message = "must be at most 500 characters")
        @Pattern(regexp = "https?://[^\\s<>\"]+", message = "must be an http(s) URL") String website,
        @Nullable @Valid Contact contact,
        @Nullable @Valid Designations designations) {

    public CompanyRequest {
        kind = kind == null ? CompanyKind.SME : kind;
    }

    /** A profile with a name and the required fields only, e.g. at sign-up. */
    public static CompanyRequest minimal(CompanyKind kind, Names names, String country, String industry) {
        return new CompanyRequest(null, kind, names, null, null, null, null, null, null, null, country, null,
                industry, null, null, null, null, null, null);
    }

    @Serdeable
    public record Names(
            @Nullable @Size(max = 200, message = "must be at most 200 characters") String ja,
            @Nullable @Size(max = 200, message = "must be at most 200 characters") String zh,
            @Nullable @Size(max = 200, message = "must be at most 200 characters") String en) {
        Localized value() {
            return new Localized(ja, zh, en);
        }
    }

    @Serdeable
    public record Headlines(
            @Nullable @Size(max = 300, message = "must be at most 300 characters") String ja,
            @Nullable @Size(max = 300, message = "must be at most 300 characters") String zh,
            @Nullable @Size(max = 300, message = "must be at most 300 characters") String en) {
        Localized value() {
            return new Localized(ja, zh, en);
        }
    }

    @Serdeable
    public record Descriptions(
            @Nullable @Size(max = 10_000, message = "must be at most 10000 characters") String ja,
            @Nullable @Size(max = 10_000, message = "must be at most 10000 characters") String zh,
            @Nullable @Size(max = 10_000, message = "must be at most 10000 characters") String en) {
        Localized value() {
            return new Localized(ja, zh, en);
        }
    }

    @Serdeable
    public record Money(
            @NotNull(message = "is required") @PositiveOrZero(message = "must not be negative")
            @Digits(integer = 18, fraction = 2, message = "must have at most 18 digits and 2 decimals")
            BigDecimal amount,
            @NotBlank(message = "is required")
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as JPY or CNY") String currency) {
    }

    @Serdeable
    public record Contact(
            @Nullable @Size(max = 200, message = "must be at most 200 characters") String person,
            @Nullable @Size(max = 320, message = "must be at most 320 characters")
            @Email(message = "must be an e-mail address") String email,
            @Nullable @Size(max = 50, message = "must be at most 50 characters")
            @Pattern(regexp = "[0-9+()\\-. ]*", message = "may contain digits, spaces and + ( ) - . only") String phone,
            @Nullable ContactVisibility visibility) {
        public Contact(String person, String email, String phone) {
            this(person, email, phone, null);
        }
    }

    /** China's 专精特新 (provincial) and 专精特新"小巨人" (national) designations, by the year granted. */
    @Serdeable
    public record Designations(
            @Nullable @Min(value = 2011, message = "must be 2011 or later") Integer srdiProvincialYear,
            @Nullable @Min(value = 2019, message = "must be 2019 or later") Integer littleGiantYear) {
    }
}
