package io.musubi.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.company.CompanyKind;
import io.musubi.company.CompanyRequest;
import io.musubi.company.CompanyService;
import io.musubi.company.CompanyView;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.mail.MailTemplates;
import io.musubi.platform.mail.Mailbox;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Sign-up, login with throttling, password changes, and the tokens that carry a user's role and company. */
@Singleton
public class AccountService {
    private final Clock clock;
    private final UserRepository users;
    private final CompanyService companies;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final AccessRefreshTokenGenerator tokens;
    private final TokenVersions versions;
    private final Memberships memberships;
    private final EmailConfirmations confirmations;
    private final Mailbox mailbox;
    private final MailTemplates templates;

    AccountService(UserRepository users, CompanyService companies, Passwords passwords, PasswordPolicy policy,
                   LoginThrottle throttle, AccessRefreshTokenGenerator tokens, TokenVersions versions,
                   Memberships memberships, EmailConfirmations confirmations, Mailbox mailbox,
                   MailTemplates templates, Clock clock) {
        this.clock = clock;
        this.users = users;
        this.companies = companies;
        this.passwords = passwords;
        this.policy = policy;
        this.throttle = throttle;
        this.tokens = tokens;
        this.versions = versions;
        this.memberships = memberships;
        this.confirmations = confirmations;
        this.mailbox = mailbox;
        this.templates = templates;
    }

    /**
     * {@code companyRole}: OWNER or MEMBER of {@code companyId}; {@code language}: the one the user reads mails in
     * (ja, zh or en); {@code emailConfirmed}: false until the link of the sign-up mail is followed.
     */
    @Serdeable
    public record UserView(UUID id, String email, String displayName, String role, @Nullable UUID companyId,
                           @Nullable Localized companyNames, @Nullable CompanyRole companyRole, String language,
                           boolean emailConfirmed) {
    }

    @Serdeable
    public record Session(String token, UserView user) {
    }

    /**
     * A new company and its first member (its owner), in one transaction, and a mail with the confirmation link. The
     * answer is the same whether the address was free or not: for a registered address nothing is created and its
     * owner gets a mail instead ("someone tried to sign up with your address"). The password is hashed either way, so
     * the time taken does not tell either.
     */
    @Transactional
    public void signUp(SignUpRequest request) {
        policy.requireAcceptable(request.password());
        String email = normalise(request.email());
        String hash = passwords.hash(request.password());
        Optional<User> existing = users.findByEmailIgnoringCase(email);
        if (existing.isPresent()) {
            User owner = existing.get();
            mailbox.post(templates.render("sign-up-attempt", owner.language(), "sign-up-attempt:" + UUID.randomUUID(),
                    owner.email(), "/forgot-password", owner.displayName(), owner.email()));
            return;
        }
        SignUpRequest.NewCompany c = request.company();
        CompanyView company;
        try {
            company = companies.register(CompanyRequest.minimal(c.kind(), c.names(), c.country(), c.industry()));
        } catch (ApiException e) {
            throw e.prefixed("company");
        }
        Instant now = now();
        User user = users.save(new User(UUID.randomUUID(), email, hash, request.displayName().strip(),
                memberRole(c.kind()), company.id(), CompanyRole.OWNER, now,
                request.language() == null ? "ja" : request.language(), 0, null, now));
        confirmations.send(user);
    }

    /**
     * Staff and demo accounts, confirmed, without a token; the first member of a company becomes its owner, later
     * ones members. Returns the user's id. The password must pass the sign-up rules.
     */
    @Transactional
    public UUID createUser(String email, String password, String displayName, Role role, @Nullable UUID companyId) {
        policy.requireAcceptable(password);
        CompanyRole companyRole = companyId == null ? null
                : memberships.members(companyId).stream().anyMatch(m -> m.companyRole() == CompanyRole.OWNER)
                ? CompanyRole.MEMBER : CompanyRole.OWNER;
        Instant now = now();
        User user = users.save(new User(UUID.randomUUID(), normalise(email), passwords.hash(password), displayName,
                role, companyId, companyRole, companyId == null ? null : now, "ja", 0, now, now));
        return user.id();
    }

    /**
     * An account made by accepting an invitation: its address is confirmed (the invitation reached it), it joins the
     * company at once. 409 {@code email_registered} when the address has an account (it accepts while signed in).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Session createInvited(String email, String password, String displayName, String language, UUID companyId,
                                 CompanyRole companyRole) {
        List<FieldError> problems = new java.util.ArrayList<>(policy.problems("password", password));
        if (displayName == null || displayName.isBlank()) {
            problems.add(new FieldError("displayName", "required", "is required"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (users.findByEmailIgnoringCase(normalise(email)).isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, "email_registered", "An account with this e-mail exists: log "
                    + "in, then accept the invitation", List.of());
        }
        CompanyKind kind = companies.summary(companyId).orElseThrow().kind();
        Instant now = now();
        User user = users.save(new User(UUID.randomUUID(), normalise(email), passwords.hash(password),
                displayName.strip(), memberRole(kind), companyId, companyRole, now,
                language == null ? "ja" : language, 0, now, now));
        return session(user);
    }

    /** The role a member of a company of this kind has. */
    public static Role memberRole(CompanyKind kind) {
        return kind == CompanyKind.LARGE_FIRM ? Role.LARGE_FIRM_MEMBER : Role.SME_MEMBER;
    }

    /** A new token for the user as they are now (after a change that ended their earlier tokens). */
    public Session sessionFor(UUID userId) {
        return session(users.findById(userId).orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED,
                "unauthorized", "Please log in again", List.of())));
    }

    /** Display names of users, for threads and logs. */
    public Map<UUID, String> displayNames(java.util.Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        users.findByIdIn(ids).forEach(u -> names.put(u.id(), u.displayName()));
        return names;
    }

    /** The organiser or admin account with this e-mail address, for adding organisers to an event. */
    public Optional<UUID> staffByEmail(String email) {
        return users.findByEmailIgnoringCase(normalise(email))
                .filter(u -> u.role() == Role.ORGANISER || u.role() == Role.ADMIN).map(User::id);
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
                companyNames, user.companyRole(), user.language(), user.emailConfirmed());
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
