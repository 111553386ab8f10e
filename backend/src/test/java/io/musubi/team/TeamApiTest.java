package io.musubi.team;

import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.putJson;
import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api;
import io.musubi.testing.Api.Result;
import io.musubi.testing.Mails;
import io.musubi.testing.MutableClock;
import io.musubi.testing.ManySignUps;
import io.musubi.testing.Teams;
import io.musubi.testing.TestServices;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 12, teams: owners invite by mail (7 days, once, revocable), change roles, remove members and hand ownership
 * over; a company keeps an owner; every change ends the changed account's tokens. Mails are read back from the
 * embedded SMTP server and their links followed.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamApiTest implements ManySignUps {
    static final String COLLEAGUE_PASSWORD = Accounts.PASSWORD;

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    MutableClock clock;

    BlockingHttpClient client;

    @BeforeEach
    void setUp() {
        client = http.toBlocking();
    }

    @Test
    void anInvitedColleagueSignsUpFromTheMailJoinsAsMemberAndEditsTheProfile() {
        AccountService.Session owner = Accounts.signUp(client, "LARGE_FIRM", "大和重工業");
        assertThat(owner.user().companyRole()).hasToString("OWNER");
        String colleague = Accounts.newEmail();

        Result invited = send(client, postJson(invitations(owner), """
                {"email": "%s", "companyRole": "MEMBER", "language": "zh"}""".formatted(colleague.toUpperCase()))
                .bearerAuth(owner.token()));
        assertThat(invited.status()).isEqualTo(201);
        MimeMessage mail = Mails.awaitMailWithLink(TestServices.smtp(), colleague, "/invitations/");
        assertThat(Mails.subject(mail)).contains("大和重工業");
        assertThat(Mails.part(mail, "text/plain")).contains("7 天内有效");
        String token = token(mail);

        Map<String, Object> offer = client.retrieve(HttpRequest.GET("/api/invitations/" + token), Api.jsonObject());
        assertThat(offer).containsEntry("email", colleague).containsEntry("companyRole", "MEMBER")
                .containsEntry("invitedBy", "Tester");

        Result accepted = send(client, postJson("/api/invitations/" + token + "/accept", """
                {"displayName": "鈴木 技術部", "password": "%s", "language": "ja"}""".formatted(COLLEAGUE_PASSWORD)));
        assertThat(accepted.status()).isEqualTo(201);
        AccountService.Session member = Accounts.login(client, colleague, COLLEAGUE_PASSWORD);
        assertThat(member.user().companyId()).isEqualTo(owner.user().companyId());
        assertThat(member.user().role()).isEqualTo("LARGE_FIRM_MEMBER");
        assertThat(member.user().companyRole()).hasToString("MEMBER");
        assertThat(member.user().emailConfirmed()).as("the invitation reached the address").isTrue();

        assertThat(send(client, putJson("/api/companies/" + owner.user().companyId(), """
                {"kind": "LARGE_FIRM", "names": {"ja": "大和重工業", "en": "Yamato Heavy"}, "country": "JP",
                 "industry": "MANUFACTURING"}""").bearerAuth(member.token())).status()).isEqualTo(200);
        assertThat(send(client, postJson("/api/invitations/" + token + "/accept", """
                {"displayName": "X", "password": "%s"}""".formatted(COLLEAGUE_PASSWORD))).status())
                .as("a link works once").isEqualTo(404);

        List<Map<String, Object>> team = members(owner, member);
        assertThat(team).extracting(m -> m.get("email") + " " + m.get("companyRole"))
                .containsExactly(owner.user().email() + " OWNER", colleague + " MEMBER");
    }

    @Test
    void onlyTheTeamSeesItsMembersAndOnlyOwnersManageIt() {
        AccountService.Session owner = Accounts.signUp(client, "SME", "林精密");
        AccountService.Session member = join(owner, "MEMBER");
        AccountService.Session stranger = Accounts.signUp(client, "SME", "他社");
        UUID company = owner.user().companyId();

        assertThat(send(client, HttpRequest.GET("/api/companies/" + company + "/members")).status()).isEqualTo(401);
        assertThat(send(client, HttpRequest.GET("/api/companies/" + company + "/members")
                .bearerAuth(stranger.token())).status()).isEqualTo(403);
        assertThat(send(client, HttpRequest.GET("/api/companies/" + company + "/invitations")
                .bearerAuth(member.token())).status()).as("pending invitations are for owners").isEqualTo(403);
        assertThat(send(client, postJson(invitations(owner), invite(Accounts.newEmail(), "MEMBER"))
                .bearerAuth(member.token())).status()).isEqualTo(403);
        assertThat(send(client, postJson(invitations(owner), invite(Accounts.newEmail(), "MEMBER"))
                .bearerAuth(stranger.token())).status()).isEqualTo(403);
        assertThat(send(client, putJson(member(owner, owner.user().id()), "{\"companyRole\": \"MEMBER\"}")
                .bearerAuth(member.token())).status()).isEqualTo(403);
        assertThat(send(client, HttpRequest.DELETE(member(owner, owner.user().id())).bearerAuth(member.token()))
                .status()).isEqualTo(403);
        assertThat(send(client, HttpRequest.DELETE(member(owner, member.user().id())).bearerAuth(stranger.token()))
                .status()).isEqualTo(403);
        assertThat(members(owner, owner)).hasSize(2);
    }

    @Test
    void anInvitationExpiresAfterSevenDaysAndARevokedOrReplacedOneStopsWorking() {
        AccountService.Session owner = Accounts.signUp(client, "SME", "期限工業");
        String first = Accounts.newEmail();
        send(client, postJson(invitations(owner), invite(first, "MEMBER")).bearerAuth(owner.token()));
        String expiring = token(Mails.awaitMailWithLink(TestServices.smtp(), first, "/invitations/"));
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertThat(send(client, HttpRequest.GET("/api/invitations/" + expiring)).status()).isEqualTo(404);

        String second = Accounts.newEmail();
        Map<String, Object> pending = client.retrieve(postJson(invitations(owner), invite(second, "MEMBER"))
                .bearerAuth(owner.token()), Api.jsonObject());
        String revoked = token(Mails.awaitMailWithLink(TestServices.smtp(), second, "/invitations/"));
        assertThat(send(client, HttpRequest.DELETE(invitations(owner) + "/" + pending.get("id"))
                .bearerAuth(owner.token())).status()).isEqualTo(204);
        assertThat(send(client, HttpRequest.GET("/api/invitations/" + revoked)).status()).isEqualTo(404);

        String third = Accounts.newEmail();
        send(client, postJson(invitations(owner), invite(third, "MEMBER")).bearerAuth(owner.token()));
        String replaced = token(Mails.awaitMailWithLink(TestServices.smtp(), third, "/invitations/"));
        send(client, postJson(invitations(owner), invite(third, "OWNER")).bearerAuth(owner.token()));
        Mails.awaitMailCount(TestServices.smtp(), third, 2);
        String current = token(Mails.awaitMailWithLink(TestServices.smtp(), third, "/invitations/"));
        assertThat(current).isNotEqualTo(replaced);
        assertThat(send(client, HttpRequest.GET("/api/invitations/" + replaced)).status()).isEqualTo(404);
        assertThat(client.retrieve(HttpRequest.GET("/api/invitations/" + current), Api.jsonObject()))
                .containsEntry("companyRole", "OWNER");
        List<Map<String, Object>> stillPending = client.retrieve(HttpRequest.GET(invitations(owner))
                .bearerAuth(owner.token()), io.micronaut.core.type.Argument.listOf(Api.jsonObject()));
        assertThat(stillPending).extracting(p -> p.get("email")).containsExactly(third);
    }

    @Test
    void inviteRefusesAMemberAndBadFieldsNamingTheField() {
        AccountService.Session owner = Accounts.signUp(client, "SME", "重複工業");
        Result already = send(client, postJson(invitations(owner), invite(owner.user().email(), "MEMBER"))
                .bearerAuth(owner.token()));
        assertThat(already.status()).isEqualTo(409);
        assertThat(already.error().error()).isEqualTo("already_member");
        assertThat(already.hasFieldError("email")).isTrue();
        Result bad = send(client, postJson(invitations(owner), """
                {"email": "not an address", "companyRole": "KING"}""").bearerAuth(owner.token()));
        assertThat(bad.status()).isEqualTo(400);
    }

    @Test
    void aCompanyAlwaysKeepsAnOwnerAndARoleChangeEndsTheMembersTokens() {
        AccountService.Session owner = Accounts.signUp(client, "SME", "所有者工業");
        AccountService.Session member = join(owner, "MEMBER");

        Result demoteSelf = send(client, putJson(member(owner, owner.user().id()), "{\"companyRole\": \"MEMBER\"}")
                .bearerAuth(owner.token()));
        assertThat(demoteSelf.status()).isEqualTo(409);
        assertThat(demoteSelf.error().error()).isEqualTo("last_owner");
        Result leave = send(client, HttpRequest.DELETE(member(owner, owner.user().id())).bearerAuth(owner.token()));
        assertThat(leave.status()).isEqualTo(409);
        assertThat(leave.error().error()).isEqualTo("last_owner");

        Result promoted = send(client, putJson(member(owner, member.user().id()), "{\"companyRole\": \"OWNER\"}")
                .bearerAuth(owner.token()));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.body()).contains("\"companyRole\":\"OWNER\"");
        assertThat(me(member.token()).status()).as("the promoted member's old token").isEqualTo(401);
        AccountService.Session promotedMember = Accounts.login(client, member.user().email(), COLLEAGUE_PASSWORD);
        assertThat(promotedMember.user().companyRole()).hasToString("OWNER");
        // with two owners, the first may step down
        assertThat(send(client, putJson(member(owner, owner.user().id()), "{\"companyRole\": \"MEMBER\"}")
                .bearerAuth(owner.token())).status()).isEqualTo(200);
        assertThat(me(owner.token()).status()).isEqualTo(401);
    }

    @Test
    void handingOverMakesTheTargetOwnerAndTheCallerMemberWithANewSession() {
        AccountService.Session owner = Accounts.signUp(client, "LARGE_FIRM", "引継重工");
        AccountService.Session member = join(owner, "MEMBER");

        Result handOver = send(client, postJson(member(owner, member.user().id()) + "/hand-over", "{}")
                .bearerAuth(owner.token()));
        assertThat(handOver.status()).isEqualTo(200);
        assertThat(handOver.body()).contains("\"companyRole\":\"MEMBER\"");
        assertThat(me(owner.token()).status()).isEqualTo(401);
        assertThat(me(member.token()).status()).isEqualTo(401);
        AccountService.Session newOwner = Accounts.login(client, member.user().email(), COLLEAGUE_PASSWORD);
        assertThat(members(owner, newOwner)).extracting(m -> m.get("userId") + " " + m.get("companyRole"))
                .containsExactly(member.user().id() + " OWNER", owner.user().id() + " MEMBER");
    }

    @Test
    void aRemovedMemberLosesAccessAtOnceStaysUnaffiliatedAndCanAcceptANewInvitationSignedIn() {
        AccountService.Session owner = Accounts.signUp(client, "SME", "除名工業");
        AccountService.Session member = join(owner, "MEMBER");
        UUID company = owner.user().companyId();

        assertThat(send(client, HttpRequest.DELETE(member(owner, member.user().id())).bearerAuth(owner.token()))
                .status()).isEqualTo(204);
        assertThat(me(member.token()).status()).isEqualTo(401);
        assertThat(send(client, putJson("/api/companies/" + company, """
                {"kind": "SME", "names": {"ja": "乗っ取り"}, "country": "JP", "industry": "MANUFACTURING"}""")
                .bearerAuth(member.token())).status()).isEqualTo(401);
        AccountService.Session outside = Accounts.login(client, member.user().email(), COLLEAGUE_PASSWORD);
        assertThat(outside.user().role()).isEqualTo("UNAFFILIATED");
        assertThat(outside.user().companyId()).isNull();
        assertThat(send(client, putJson("/api/companies/" + company, """
                {"kind": "SME", "names": {"ja": "乗っ取り"}, "country": "JP", "industry": "MANUFACTURING"}""")
                .bearerAuth(outside.token())).status()).isEqualTo(403);
        assertThat(send(client, HttpRequest.GET("/api/companies/" + company + "/members")
                .bearerAuth(outside.token())).status()).isEqualTo(403);

        AccountService.Session other = Accounts.signUp(client, "SME", "新天地工業");
        send(client, postJson(invitations(other), invite(member.user().email(), "MEMBER")).bearerAuth(other.token()));
        Mails.awaitMailCount(TestServices.smtp(), member.user().email(), 2); // the first invitation, and this one
        String token = token(Mails.awaitMailWithLink(TestServices.smtp(), member.user().email(), "/invitations/"));
        Result anonymous = send(client, postJson("/api/invitations/" + token + "/accept", """
                {"displayName": "X", "password": "%s"}""".formatted(COLLEAGUE_PASSWORD)));
        assertThat(anonymous.status()).isEqualTo(409);
        assertThat(anonymous.error().error()).isEqualTo("email_registered");
        Result joined = send(client, postJson("/api/invitations/" + token + "/accept", "{}")
                .bearerAuth(outside.token()));
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.body()).contains("\"companyId\":\"" + other.user().companyId() + "\"",
                "\"companyRole\":\"MEMBER\"");
        assertThat(me(outside.token()).status()).as("joining ends the old token").isEqualTo(401);
    }

    @Test
    void aSignedInAcceptanceNeedsTheInvitedAddressAndNoCompany() {
        AccountService.Session owner = Accounts.signUp(client, "SME", "招待元工業");
        AccountService.Session elsewhere = Accounts.signUp(client, "SME", "別会社");
        String invited = Accounts.newEmail();
        send(client, postJson(invitations(owner), invite(invited, "MEMBER")).bearerAuth(owner.token()));
        String token = token(Mails.awaitMailWithLink(TestServices.smtp(), invited, "/invitations/"));
        Result other = send(client, postJson("/api/invitations/" + token + "/accept", "{}")
                .bearerAuth(elsewhere.token()));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.error().error()).isEqualTo("invitation_for_other_address");

        send(client, postJson(invitations(owner), invite(elsewhere.user().email(), "MEMBER"))
                .bearerAuth(owner.token()));
        String toMember = token(Mails.awaitMailWithLink(TestServices.smtp(), elsewhere.user().email(),
                "/invitations/"));
        Result busy = send(client, postJson("/api/invitations/" + toMember + "/accept", "{}")
                .bearerAuth(elsewhere.token()));
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.error().error()).isEqualTo("already_in_a_company");
        Result weak = send(client, postJson("/api/invitations/" + token + "/accept", """
                {"displayName": " ", "password": "short"}"""));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.hasFieldError("password")).isTrue();
        assertThat(weak.hasFieldError("displayName")).isTrue();
        assertThat(send(client, HttpRequest.GET("/api/invitations/" + token)).status())
                .as("refused acceptances leave the invitation usable").isEqualTo(200);
    }

    private AccountService.Session join(AccountService.Session owner, String companyRole) {
        return Teams.join(client, owner, companyRole);
    }

    private List<Map<String, Object>> members(AccountService.Session of, AccountService.Session reader) {
        return client.retrieve(HttpRequest.GET("/api/companies/" + of.user().companyId() + "/members")
                .bearerAuth(reader.token()), io.micronaut.core.type.Argument.listOf(Api.jsonObject()));
    }

    private Result me(String token) {
        return send(client, HttpRequest.GET("/api/auth/me").bearerAuth(token));
    }

    private static String invitations(AccountService.Session owner) {
        return "/api/companies/" + owner.user().companyId() + "/invitations";
    }

    private static String member(AccountService.Session owner, UUID userId) {
        return "/api/companies/" + owner.user().companyId() + "/members/" + userId;
    }

    private static String invite(String email, String companyRole) {
        return "{\"email\": \"%s\", \"companyRole\": \"%s\"}".formatted(email, companyRole);
    }

    private static String token(MimeMessage mail) {
        return Teams.invitationToken(mail);
    }
}
