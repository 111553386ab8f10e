package io.musubi.account;

import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters (Unicode code points of the NFC
 * form, so 合言葉 is three), and not one of the 10,000 most common passwords (compared case-insensitively; the list and
 * its source are in {@code resources/security/}). Sign-up checks it by bean validation ({@link PasswordSize},
 * {@link NotCommonPassword}); accounts made by the application itself through {@link #requireAcceptable}.
 */
@Singleton
class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;
    static final String SIZE_MESSAGE = "must be 12 to 200 characters";
    static final String COMMON_MESSAGE = "is one of the 10,000 most common passwords; choose another";
    private static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    boolean hasAcceptableSize(String password) {
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFC);
        int length = normalised.codePointCount(0, normalised.length());
        return length >= MIN_LENGTH && length <= MAX_LENGTH;
    }

    boolean isCommon(String password) {
        return common.contains(comparable(password));
    }

    /** The field errors of {@code password}, named {@code field}, as bean validation reports them at sign-up. */
    List<FieldError> problems(String field, String password) {
        List<FieldError> problems = new ArrayList<>();
        if (password == null) {
            problems.add(new FieldError(field, "required", "is required"));
            return problems;
        }
        if (!hasAcceptableSize(password)) {
            problems.add(new FieldError(field, "password_size", SIZE_MESSAGE));
        }
        if (isCommon(password)) {
            problems.add(new FieldError(field, "not_common_password", COMMON_MESSAGE));
        }
        return problems;
    }

    /** A 400 naming field {@code password} unless the password is acceptable. */
    void requireAcceptable(String password) {
        List<FieldError> problems = problems("password", password == null ? "" : password);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    private static String comparable(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    passwords.add(comparable(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
