package io.musubi.account;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.musubi.platform.security.Role;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first admin of a production install: {@code MUSUBI_ADMIN_EMAIL} and {@code MUSUBI_ADMIN_PASSWORD} create
 * it on start if no account has that e-mail yet (the password is then the admin's to change, not the config's).
 */
@Singleton
@Requires(property = "musubi.bootstrap-admin.email")
class AdminBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String email;
    private final String password;

    AdminBootstrap(AccountService accounts, @Value("${musubi.bootstrap-admin.email}") String email,
                   @Value("${musubi.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (email.isBlank() || accounts.exists(email)) {
            return;
        }
        if (password.length() < 10) {
            LOG.error("MUSUBI_ADMIN_PASSWORD must have at least 10 characters; no admin account was created");
            return;
        }
        accounts.createUser(email, password, "Administrator", Role.ADMIN, null);
        LOG.info("Created the first admin account {}", email);
    }
}
