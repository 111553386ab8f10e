package io.musubi.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.musubi.platform.error.ApiError;
import io.musubi.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@Controller("/api/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "accounts")
class AuthController {
    private final AccountService accounts;

    AuthController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Post("/signup")
    @Operation(summary = "Create an account and its company; answers with a token")
    HttpResponse<AccountService.Session> signUp(@Valid @Body SignUpRequest request) {
        return HttpResponse.created(accounts.signUp(request));
    }

    @Post("/login")
    @Operation(summary = "Log in with e-mail and password; 429 after repeated failures")
    HttpResponse<?> login(@Valid @Body LoginRequest request, HttpRequest<?> http) {
        try {
            return HttpResponse.ok(accounts.login(request.email(), request.password(),
                    http.getRemoteAddress().getAddress().getHostAddress()));
        } catch (AccountService.TooManyAttempts e) {
            ApiError error = e.toError();
            return HttpResponse.status(e.status()).body(error)
                    .header("Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
        }
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The signed-in user")
    AccountService.UserView me(@Nullable Authentication user) {
        return accounts.me(Actor.of(user));
    }
}
