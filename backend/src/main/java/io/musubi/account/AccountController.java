package io.musubi.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The signed-in user's own account. */
@Controller("/api/account")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "accounts")
class AccountController {
    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Serdeable
    record Settings(@NotNull(message = "is required") @Pattern(regexp = "ja|zh|en", message = "must be ja, zh or en")
                    String language) {
    }

    @Put("/settings")
    @Operation(summary = "Change my settings: the language of my mails (ja, zh, en)")
    AccountService.UserView settings(@Valid @Body Settings settings, @Nullable Authentication user) {
        return accounts.changeLanguage(Actor.of(user), settings.language());
    }
}
