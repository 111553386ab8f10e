package io.musubi.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.ClientAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;

@Controller("/api/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "accounts")
class AuthController {
    private final AccountService accounts;
    private final SignUpThrottle signUps;
    private final PasswordResets resets;
    private final EmailConfirmations confirmations;
    private final ClientAddress clientAddress;

    AuthController(AccountService accounts, SignUpThrottle signUps, PasswordResets resets,
                   EmailConfirmations confirmations, ClientAddress clientAddress) {
        this.accounts = accounts;
        this.signUps = signUps;
        this.resets = resets;
        this.confirmations = confirmations;
        this.clientAddress = clientAddress;
    }

    @Post("/signup")
    @Operation(summary = "Create an account and its company and mail a confirmation link; the same 202 whether the "
            + "e-mail was registered or not (then its owner gets a mail instead); log in afterwards; 429 after 10 "
            + "sign-ups from one address or 3 for one e-mail in an hour")
    HttpResponse<Map<String, Object>> signUp(@Valid @Body SignUpRequest request, HttpRequest<?> http) {
        signUps.admit(clientAddress.key(http), request.email());
        accounts.signUp(request);
        return HttpResponse.accepted().body(Map.of("status", "confirmation_sent"));
    }

    @Post("/confirm-email")
    @Operation(summary = "Confirm the account's e-mail address with the link's token (valid 7 days, used once)")
    @Status(HttpStatus.NO_CONTENT)
    void confirmEmail(@Valid @Body AccountRequests.Token token) {
        confirmations.confirm(token.token());
    }

    @Post("/confirm-email/resend")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Mail a new confirmation link (nothing when the address is confirmed); 429 after 3 an hour")
    HttpResponse<Map<String, Object>> resendConfirmation(@Nullable Authentication user) {
        confirmations.resend(Actor.of(user));
        return HttpResponse.accepted().body(Map.of());
    }

    @Post("/login")
    @Operation(summary = "Log in with e-mail and password; 429 with Retry-After while the account waits after failures "
            + "(1 s, 2 s, 4 s ... up to 15 minutes) or after 20 failures from one address in 15 minutes")
    HttpResponse<AccountService.Session> login(@Valid @Body LoginRequest request, HttpRequest<?> http) {
        return HttpResponse.ok(accounts.login(request.email(), request.password(), clientAddress.key(http)));
    }

    @Post("/password-reset")
    @Operation(summary = "Mail a link to choose a new password; the same 202 whether the address is registered or "
            + "not; 429 after too many requests from one address or for one e-mail")
    HttpResponse<Map<String, Object>> requestPasswordReset(@Valid @Body AccountRequests.Request request,
                                                          HttpRequest<?> http) {
        resets.request(request.email(), clientAddress.key(http));
        return HttpResponse.accepted().body(Map.of());
    }

    @Post("/password-reset/confirm")
    @Operation(summary = "Set a new password with the link's token (valid one hour, used once)")
    @Status(HttpStatus.NO_CONTENT)
    void confirmPasswordReset(@Valid @Body AccountRequests.Confirmation confirmation) {
        resets.confirm(confirmation.token(), confirmation.password());
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "End every login token of the signed-in user, on every device")
    @Status(HttpStatus.NO_CONTENT)
    void logout(@Nullable Authentication user) {
        accounts.logout(Actor.of(user));
    }

    @Post("/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Change the password, given the current one; earlier tokens end, the answer has a new one")
    AccountService.Session changePassword(@Valid @Body AccountRequests.Change change,
                                          @Nullable Authentication user) {
        return accounts.changePassword(Actor.of(user), change.currentPassword(), change.newPassword());
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The signed-in user")
    AccountService.UserView me(@Nullable Authentication user) {
        return accounts.me(Actor.of(user));
    }
}
