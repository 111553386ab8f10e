package io.musubi.account;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.security.Role;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first admin of a production install: {@code MUSUBI_ADMIN_EMAIL} and {@code MUSUBI_ADMIN_PASSWORD} create
 * it on start if no account has that e-mail yet (the password is then the admin's to change, not the config's). The
 * password must pass the sign-up rules ({@link PasswordPolicy}); if it does not, no admin is made and the log says why.
 */
@Singleton
@Requires(property = "musubi.bootstrap-admin.email")
class AdminBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String VARIABLE = "MUSUBI_ADMIN_PASSWORD";

    private final AccountService accounts;
    private final PasswordPolicy policy;
    private final String email;
    private final String password;

    AdminBootstrap(AccountService accounts, PasswordPolicy policy,
                   @Value("${musubi.bootstrap-admin.email}") String email,
                   @Value("${musubi.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.policy = policy;
        this.email = email;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (email.isBlank() || accounts.exists(email)) {
            return;
        }
        Optional<String> refusal = refusal(policy, password);
        if (refusal.isPresent()) {
            LOG.error(refusal.get());
            return;
        }
        accounts.createUser(email, password, "Administrator", Role.ADMIN, null);
        LOG.info("Created the first admin account {}", email);
    }

    /** Why {@code password} cannot be the first admin's, as the log says it; empty when it can. */
    static Optional<String> refusal(PasswordPolicy policy, String password) {
        List<FieldError> problems = policy.problems(VARIABLE, password);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(VARIABLE + " " + problems.stream().map(FieldError::message)
                .collect(Collectors.joining(" and ")) + "; no admin account was created");
    }
}
