package io.musubi.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Status;
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
    private final AccountDeletion deletion;

    AccountController(AccountService accounts, AccountDeletion deletion) {
        this.accounts = accounts;
        this.deletion = deletion;
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

    @Delete
    @Operation(summary = "Delete my account, given my password; 409 last_owner while I am my company's last owner "
            + "(hand ownership over or delete the company first)")
    @Status(HttpStatus.NO_CONTENT)
    void delete(@Valid @Body PasswordConfirmation confirmation, @Nullable Authentication user) {
        deletion.delete(Actor.of(user), confirmation.password());
    }
}
