package io.musubi.team;

import io.micronaut.core.annotation.Nullable;
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
import io.musubi.account.AccountService;
import io.musubi.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** The invitation link's page: what it offers, and accepting it (signed in, or by signing up through it). */
@Controller("/api/invitations/{token}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "teams")
class InvitationController {
    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @Get
    @Operation(summary = "The invitation behind a link: company, inviter, address, role; 404 when unknown, used, "
            + "revoked or expired")
    Invitations.Offer offer(@Size(max = 100) String token) {
        return invitations.offer(token);
    }

    @Post("/accept")
    @Operation(summary = "Accept: signed in, the account joins (its address must be the invited one, it must belong "
            + "to no company; 200); otherwise {displayName, password, language} make a new, confirmed account in the "
            + "team (201; 409 email_registered when the address has an account)")
    HttpResponse<AccountService.Session> accept(@Size(max = 100) String token,
                                               @Valid @Body TeamRequests.Acceptance acceptance,
                                               @Nullable Authentication user) {
        Invitations.Accepted accepted = invitations.accept(token, user == null ? null : Actor.of(user), acceptance);
        return accepted.newAccount() ? HttpResponse.created(accepted.session()) : HttpResponse.ok(accepted.session());
    }
}
