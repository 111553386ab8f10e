package io.musubi.account;

import io.micronaut.http.HttpStatus;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The gate before anything that writes to another company (inquiries, messages, meeting requests, proposals): only
 * accounts whose e-mail address is confirmed pass; the others get 403 {@code email_unconfirmed}.
 */
@Singleton
public class ConfirmedSenders {
    private final Sql sql;

    ConfirmedSenders(Sql sql) {
        this.sql = sql;
    }

    public void require(Actor actor) {
        boolean confirmed = sql.one("SELECT email_confirmed_at IS NOT NULL FROM app_user WHERE id = ?",
                row -> row.getBoolean(1), actor.userId()).orElse(false);
        if (!confirmed) {
            throw new ApiException(HttpStatus.FORBIDDEN, "email_unconfirmed", "Confirm your e-mail address first: "
                    + "follow the link we sent you, or ask for a new one", List.of());
        }
    }
}
