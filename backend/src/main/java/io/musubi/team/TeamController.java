package io.musubi.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.musubi.account.AccountService;
import io.musubi.account.Memberships;
import io.musubi.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;

@Controller("/api/companies/{companyId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "teams")
class TeamController {
    private final Team team;
    private final Invitations invitations;

    TeamController(Team team, Invitations invitations) {
        this.team = team;
        this.invitations = invitations;
    }

    @Get("/members")
    @Operation(summary = "The company's members and their company roles (members of the company and admins)")
    List<Memberships.Member> members(UUID companyId, @Nullable Authentication user) {
        return team.members(Actor.of(user), companyId);
    }

    @Put("/members/{userId}")
    @Operation(summary = "Make a member OWNER or MEMBER (owners); 409 last_owner when no owner would be left; the "
            + "member's tokens end")
    Memberships.Member changeRole(UUID companyId, UUID userId, @Valid @Body TeamRequests.RoleChange change,
                                  @Nullable Authentication user) {
        return team.changeRole(Actor.of(user), companyId, userId, change.companyRole());
    }

    @Post("/members/{userId}/hand-over")
    @Operation(summary = "Hand ownership over: the member becomes OWNER, the caller MEMBER; the answer is the caller's "
            + "new session (earlier tokens of both end)")
    AccountService.Session handOver(UUID companyId, UUID userId, @Nullable Authentication user) {
        return team.handOver(Actor.of(user), companyId, userId);
    }

    @Delete("/members/{userId}")
    @Operation(summary = "Remove a member (owners) or leave (the member themself); the account stays, without a "
            + "company, and its tokens end; 409 last_owner for the last owner")
    @Status(HttpStatus.NO_CONTENT)
    void remove(UUID companyId, UUID userId, @Nullable Authentication user) {
        team.remove(Actor.of(user), companyId, userId);
    }

    @Get("/invitations")
    @Operation(summary = "Pending invitations (owners)")
    List<Invitations.Pending> invitations(UUID companyId, @Nullable Authentication user) {
        return invitations.pending(Actor.of(user), companyId);
    }

    @Post("/invitations")
    @Operation(summary = "Invite an e-mail address to the team (owners): a mail with a link valid 7 days; inviting an "
            + "address again replaces its pending invitation; 409 already_member; 429 after 50 a day")
    HttpResponse<Invitations.Pending> invite(UUID companyId, @Valid @Body TeamRequests.Invite invite,
                                             @Nullable Authentication user) {
        return HttpResponse.created(invitations.invite(Actor.of(user), companyId, invite));
    }

    @Delete("/invitations/{invitationId}")
    @Operation(summary = "Revoke a pending invitation (owners); its link stops working")
    @Status(HttpStatus.NO_CONTENT)
    void revoke(UUID companyId, UUID invitationId, @Nullable Authentication user) {
        invitations.revoke(Actor.of(user), companyId, invitationId);
    }
}
