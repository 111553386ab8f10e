package io.musubi.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.company.CompanyKind;
import io.musubi.company.CompanyRequest;
import io.musubi.company.CompanyService;
import io.musubi.company.CompanyView;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Sign-up, login with throttling, and the tokens that carry a user's role and company. */
@Singleton
public class AccountService {
    private final UserRepository users;
    private final CompanyService companies;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final AccessRefreshTokenGenerator tokens;
    private final TokenVersions versions;

    AccountService(UserRepository users, CompanyService companies, Passwords passwords, PasswordPolicy policy,
                   LoginThrottle throttle, AccessRefreshTokenGenerator tokens, TokenVersions versions) {
        this.users = users;
        this.companies = companies;
        this.passwords = passwords;
        this.policy = policy;
        this.throttle = throttle;
        this.tokens = tokens;
        this.versions = versions;
    }

    @Serdeable
    /** {@code language}: the one the user reads mails in (ja, zh or en). */
    public record UserView(UUID id, String email, String displayName, String role, @Nullable UUID companyId,
                           @Nullable Localized companyNames, String language) {
    }

    @Serdeable
    public record Session(String token, UserView user) {
    }

    /** A new company and its first member, in one transaction. */
    @Transactional
    public Session signUp(SignUpRequest request) {
        policy.requireAcceptable(request.password());
        String email = normalise(request.email());
        if (users.findByEmailIgnoringCase(email).isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, "conflict", "An account with this e-mail exists; log in "
                    + "instead", List.of(new FieldError("email", "duplicate", "is already registered")));
        }
        SignUpRequest.NewCompany c = request.company();
        CompanyView company;
        try {
            company = companies.register(CompanyRequest.minimal(c.kind(), c.names(), c.country(), c.industry()));
        } catch (ApiException e) {
            throw e.prefixed("company");
        }
        Role role = c.kind() == CompanyKind.LARGE_FIRM ? Role.LARGE_FIRM_MEMBER : Role.SME_MEMBER;
        User user = users.save(new User(UUID.randomUUID(), email, passwords.hash(request.password()),
                request.displayName().strip(), role, company.id(),
                request.language() == null ? "ja" : request.language(), 0, now()));
        return session(user);
    }

    /** Staff and demo accounts; no token. Returns the user's id. The password must pass the sign-up rules. */
    @Transactional
    public UUID createUser(String email, String password, String displayName, Role role, @Nullable UUID companyId) {
        policy.requireAcceptable(password);
        User user = users.save(new User(UUID.randomUUID(), normalise(email), passwords.hash(password), displayName,
                role, companyId, "ja", 0, now()));
        return user.id();
    }

    /** Display names of users, for threads and logs. */
    public Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        users.findByIdIn(ids).forEach(u -> names.put(u.id(), u.displayName()));
        return names;
    }

    public boolean exists(String email) {
        return users.findByEmailIgnoringCase(normalise(email)).isPresent();
    }

    /**
     * @param client the caller's address as {@code ClientAddress.key} gives it
     * @throws TooManyAttempts while the account or the address must wait
     */
    public Session login(String email, String password, String client) {
        String emailKey = normalise(email);
        throttle.admit(emailKey, client);
        Optional<User> user = users.findByEmailIgnoringCase(emailKey);
        Passwords.Check check = passwords.check(password, user.map(User::passwordHash).orElse(null));
        if (!check.isRight() || user.isEmpty()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "bad_credentials", "E-mail or password is wrong",
                    List.of());
        }
        throttle.succeeded(emailKey, client);
        if (check == Passwords.Check.RIGHT_NEEDS_REHASH) {
            users.replacePasswordHash(user.get().id(), user.get().passwordHash(), passwords.hash(password));
        }
        return session(user.get());
    }

    /** Ends every token of the user, on every device (a stolen token stops working too). */
    @Transactional
    public void logout(Actor actor) {
        versions.revokeAll(actor.userId());
    }

    /**
     * A new password, given the current one; every earlier token ends and the answer carries a new one, so the
     * device that changed it stays signed in.
     */
    @Transactional
    public Session changePassword(Actor actor, String current, String replacement) {
        User user = users.findById(actor.userId()).orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED,
                "unauthorized", "Please log in again", List.of()));
        if (!passwords.check(current, user.passwordHash()).isRight()) {
            throw ApiException.invalid("currentPassword", "wrong", "is not your current password");
        }
        List<FieldError> problems = policy.problems("newPassword", replacement);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        users.updatePasswordHash(user.id(), passwords.hash(replacement));
        versions.revokeAll(user.id());
        return session(users.findById(user.id()).orElseThrow());
    }

    /** The user's own settings: today the language of their mails. */
    @Transactional
    public UserView changeLanguage(Actor actor, String language) {
        if (users.updateLanguage(actor.userId(), language) == 0) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Please log in again", List.of());
        }
        return me(actor);
    }

    public UserView me(Actor actor) {
        return users.findById(actor.userId()).map(this::view)
                .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "Please log in again",
                        List.of()));
    }

    private Session session(User user) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("email", user.email());
        claims.put(TokenVersions.CLAIM, user.tokenVersion());
        if (user.companyId() != null) {
            claims.put(Actor.COMPANY_CLAIM, user.companyId().toString());
        }
        Authentication authentication = Authentication.build(user.id().toString(), List.of(user.role().name()),
                claims);
        String token = tokens.generate(authentication).orElseThrow(() -> new IllegalStateException(
                "no token generator configured")).getAccessToken();
        return new Session(token, view(user));
    }

    private UserView view(User user) {
        Localized companyNames = user.companyId() == null ? null
                : companies.summary(user.companyId()).map(CompanyService.Summary::names).orElse(null);
        return new UserView(user.id(), user.email(), user.displayName(), user.role().name(), user.companyId(),
                companyNames, user.language());
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
