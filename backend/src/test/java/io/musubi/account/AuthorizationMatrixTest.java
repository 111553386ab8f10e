package io.musubi.account;

import static io.musubi.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.ApiAsUsers;
import io.musubi.platform.security.Role;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api;
import io.musubi.testing.Teams;
import io.musubi.testing.Tokens;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every write endpoint × every role × own / other company → the expected status, and a denied write writes
 * nothing (no outbox row, message, certificate, logo or import appears). Members act on their own company's records
 * ("own") and on another company's ("other"); staff have no company, so they meet only "other" records.
 */
@MicronautTest(transactional = false)
class AuthorizationMatrixTest extends ApiAsUsers {
    @Override
    public Map<String, String> extraProperties() {
        return Map.of("musubi.indexer.enabled", "false", "musubi.admin-token", "",
                "musubi.login.resets-per-address", "100");
    }

    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions;

    final Map<String, AccountService.Session> actors = new java.util.LinkedHashMap<>();
    UUID smeA;
    UUID smeB;
    UUID firmA;
    UUID firmB;
    AccountService.Session smeOtherMember;
    /** The owner (the signer-up) of each company. */
    final Map<UUID, AccountService.Session> owners = new java.util.HashMap<>();
    int cases;

    enum Scope { OWN, OTHER }

    record Case(String endpoint, String actor, Scope scope, int expected,
                Function<UUID, MutableHttpRequest<?>> request, UUID target) {
    }

    @BeforeAll
    void createCompaniesAndActors() {
        AccountService.Session sme = Accounts.signUp(client, "SME", "SME A");
        AccountService.Session smeOther = Accounts.signUp(client, "SME", "SME B");
        AccountService.Session firm = Accounts.signUp(client, "LARGE_FIRM", "Firm A");
        AccountService.Session firmOther = Accounts.signUp(client, "LARGE_FIRM", "Firm B");
        smeA = sme.user().companyId();
        smeB = smeOther.user().companyId();
        firmA = firm.user().companyId();
        firmB = firmOther.user().companyId();
        smeOtherMember = smeOther;
        owners.putAll(Map.of(smeA, sme, smeB, smeOther, firmA, firm, firmB, firmOther));
        actors.put("SME_MEMBER", sme);
        actors.put("SME_TEAM_MEMBER", Teams.join(client, sme, "MEMBER"));
        actors.put("LARGE_FIRM_MEMBER", firm);
        actors.put("UNAFFILIATED", Teams.unaffiliated(client, firmOther));
        actors.put("COORDINATOR", Accounts.staff(accounts, client, Role.COORDINATOR));
        actors.put("ORGANISER", Accounts.staff(accounts, client, Role.ORGANISER));
        actors.put("ADMIN", Accounts.staff(accounts, client, Role.ADMIN));
        actors.put("ANONYMOUS", null);
    }

    @AfterAll
    void report() {
        System.out.println("Authorization matrix: " + cases + " cases");
    }

    @TestFactory
    Stream<DynamicTest> everyWriteEndpointForEveryRoleAndOwnership() {
        List<Case> all = new ArrayList<>();
        for (String actor : actors.keySet()) {
            for (Scope scope : Scope.values()) {
                boolean member = actor.endsWith("_MEMBER");
                if (!member && scope == Scope.OWN) {
                    continue;
                }
                all.addAll(cases(actor, scope));
            }
        }
        cases = all.size();
        return all.stream().map(c -> DynamicTest.dynamicTest(c.endpoint() + " by " + c.actor() + " on "
                + c.scope().name().toLowerCase() + " → " + c.expected(), () -> run(c)));
    }

    private void run(Case c) {
        MutableHttpRequest<?> request = c.request().apply(c.target()); // fixtures first, then count
        long writesBefore = writes();
        AccountService.Session session = actors.get(c.actor());
        if (session != null) {
            request.bearerAuth(session.token());
        }
        Api.Result result = send(client, request);
        assertThat(result.status()).as(c.endpoint() + " " + c.actor() + " " + c.scope() + ": " + result.body())
                .isEqualTo(c.expected());
        if (c.expected() >= 400) {
            assertThat(writes()).as("a refused write wrote nothing").isEqualTo(writesBefore);
        }
    }

    /** The company a member acts on: its own, or another company of the same kind. */
    private UUID company(String actor, Scope scope) {
        if (actor.equals("LARGE_FIRM_MEMBER")) {
            return scope == Scope.OWN ? firmA : firmB;
        }
        return scope == Scope.OWN ? smeA : smeB;
    }

    private static int status(String actor, Scope scope, int ok, boolean membersOwn, List<String> staffAllowed) {
        if (actor.equals("ANONYMOUS")) {
            return 401;
        }
        if (staffAllowed.contains(actor)) {
            return ok;
        }
        if (actor.endsWith("_MEMBER")) {
            return membersOwn && scope == Scope.OWN ? ok : 403;
        }
        return 403;
    }

    private List<Case> cases(String actor, Scope scope) {
        List<Case> list = new ArrayList<>();
        UUID target = company(actor, scope);
        boolean sme = actor.startsWith("SME_");
        boolean firm = actor.equals("LARGE_FIRM_MEMBER");
        String kind = firm ? "LARGE_FIRM" : "SME";
        List<String> admin = List.of("ADMIN");

        list.add(new Case("POST /api/companies", actor, scope,
                status(actor, scope, 201, false, List.of("ADMIN", "ORGANISER")),
                t -> Api.postJson("/api/companies", company(kind)), target));
        list.add(new Case("PUT /api/companies/{id}", actor, scope, status(actor, scope, 200, true, admin),
                t -> Api.putJson("/api/companies/" + t, company(kind)), target));
        list.add(new Case("POST /api/companies/{id}/verification", actor, scope,
                status(actor, scope, 200, false, admin),
                t -> Api.postJson("/api/companies/" + t + "/verification", "{\"verified\": true}"), target));
        list.add(new Case("POST /api/companies/{id}/certifications", actor, scope,
                status(actor, scope, 201, true, admin),
                t -> Api.postJson("/api/companies/" + t + "/certifications", certification()), target));
        list.add(new Case("PUT /api/companies/{id}/certifications/{c}", actor, scope,
                status(actor, scope, 200, true, admin),
                t -> Api.putJson("/api/companies/" + t + "/certifications/" + newCertification(t), certification()),
                target));
        list.add(new Case("DELETE /api/companies/{id}/certifications/{c}", actor, scope,
                status(actor, scope, 204, true, admin),
                t -> HttpRequest.DELETE("/api/companies/" + t + "/certifications/" + newCertification(t)), target));
        list.add(new Case("POST /api/companies/{id}/certifications/{c}/verification", actor, scope,
                status(actor, scope, 200, false, admin),
                t -> Api.postJson("/api/companies/" + t + "/certifications/" + newCertification(t)
                        + "/verification", "{\"status\": \"VERIFIED\"}"), target));
        list.add(new Case("POST /api/companies/{id}/logo", actor, scope, status(actor, scope, 200, true, admin),
                t -> HttpRequest.POST("/api/companies/" + t + "/logo", MultipartBody.builder()
                        .addPart("file", "logo.png", MediaType.IMAGE_PNG_TYPE, PNG).build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), target));
        list.add(new Case("DELETE /api/companies/{id}/logo", actor, scope, status(actor, scope, 204, true, admin),
                t -> HttpRequest.DELETE("/api/companies/" + t + "/logo"), target));

        // needs: large-firm members post for their own firm; SMEs may not post needs at all
        UUID needCompany = firm ? target : (scope == Scope.OWN ? firmA : firmB);
        int createNeed = actor.equals("ANONYMOUS") ? 401 : actor.equals("ADMIN") ? 201
                : firm && scope == Scope.OWN ? 201 : 403;
        list.add(new Case("POST /api/needs", actor, scope, createNeed,
                t -> Api.postJson("/api/needs", need(t)), needCompany));
        int updateNeed = actor.equals("ANONYMOUS") ? 401 : actor.equals("ADMIN") ? 200
                : firm && scope == Scope.OWN ? 200 : 403;
        list.add(new Case("PUT /api/needs/{id}", actor, scope, updateNeed,
                t -> Api.putJson("/api/needs/" + newNeed(t), need(null)), needCompany));

        // capacity listings: any member for its own company
        list.add(new Case("POST /api/capacities", actor, scope,
                actor.equals("ANONYMOUS") ? 401 : actor.equals("ADMIN") ? 201
                        : (sme || firm) && scope == Scope.OWN ? 201 : 403,
                t -> Api.postJson("/api/capacities", capacity(scope == Scope.OWN && !actor.equals("ADMIN") ? null : t)),
                target));
        list.add(new Case("PUT /api/capacities/{id}", actor, scope, status(actor, scope, 200, true, admin),
                t -> Api.putJson("/api/capacities/" + newCapacity(t), capacity(null)), target));

        // inquiries: members of a company; threads are seen only by their two companies
        UUID subject = scope == Scope.OWN ? (sme ? firmA : smeA) : target;
        int start = actor.equals("ANONYMOUS") ? 401 : (sme || firm) ? 201 : 403;
        if ((sme || firm) && scope == Scope.OTHER) {
            start = 201; // asking another company is what inquiries are for
        }
        list.add(new Case("POST /api/inquiries", actor, scope, start,
                t -> Api.postJson("/api/inquiries", "{\"subjectType\": \"COMPANY\", \"subjectId\": \"" + t
                        + "\", \"message\": \"Hello\"}"), subject));
        int party = actor.equals("ANONYMOUS") ? 401 : (sme || firm) ? (scope == Scope.OWN ? 201 : 404) : 403;
        list.add(new Case("POST /api/inquiries/{id}/messages", actor, scope, party,
                t -> Api.postJson("/api/inquiries/" + newInquiry(t) + "/messages", "{\"body\": \"Reply\"}"), target));
        list.add(new Case("POST /api/inquiries/{id}/close", actor, scope, party == 201 ? 200 : party,
                t -> Api.postJson("/api/inquiries/" + newInquiry(t) + "/close", "{}"), target));

        // recommendation feedback: members on their own company's records; staff on any
        // (the candidate is one the company's recommendations could show: a need of another firm)
        UUID needElsewhere = target.equals(firmB) ? firmA : firmB;
        list.add(new Case("POST /api/recommendations/feedback", actor, scope,
                actor.equals("ANONYMOUS") ? 401 : (sme || firm) ? (scope == Scope.OWN ? 204 : 403)
                        : actor.equals("UNAFFILIATED") ? 403 : 204,
                t -> Api.postJson("/api/recommendations/feedback", "{\"for\": \"company:" + t
                        + "\", \"candidate\": \"need:" + newNeed(needElsewhere) + "\", \"verdict\": \"INTERESTED\"}"),
                target));
        // introductions: coordinators and admins; a coordinator follows up their own
        List<String> introducers = List.of("COORDINATOR", "ADMIN");
        list.add(new Case("POST /api/introductions", actor, scope, status(actor, scope, 201, false, introducers),
                t -> Api.postJson("/api/introductions", "{\"companyA\": \"" + smeA + "\", \"companyB\": \""
                        + firmA + "\"}"), target));
        list.add(new Case("POST /api/introductions/{id}/status", actor, scope,
                status(actor, scope, 200, false, introducers),
                t -> Api.postJson("/api/introductions/" + newIntroduction() + "/status", "{\"status\": \"DEAL\"}"),
                target));

        // consent to be named: only members of the firm behind the anonymous need (own: Firm A's need)
        UUID anonymousNeedFirm = firm && scope == Scope.OWN ? firmA : firmB;
        list.add(new Case("POST /api/introductions/{id}/consent", actor, scope,
                actor.equals("ANONYMOUS") ? 401 : firm && scope == Scope.OWN ? 200 : 403,
                t -> Api.postJson("/api/introductions/" + newAnonymousNeedIntroduction(t) + "/consent",
                        "{\"accept\": true}"), anonymousNeedFirm));

        list.add(new Case("POST /api/imports", actor, scope,
                status(actor, scope, 202, false, List.of("ADMIN", "ORGANISER")),
                t -> HttpRequest.POST("/api/imports", MultipartBody.builder().addPart("file", "c.csv",
                        MediaType.TEXT_PLAIN_TYPE, "name,pref,category,url\n".getBytes()).build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), target));
        // the account's own side: a reset link is asked for without a login and answered alike for everyone
        list.add(new Case("POST /api/auth/password-reset", actor, scope, 202,
                t -> Api.postJson("/api/auth/password-reset", "{\"email\": \"nobody-" + UUID.randomUUID()
                        + "@matrix.example\"}"), target));
        list.add(new Case("POST /api/auth/password-reset/confirm", actor, scope, 400,
                t -> Api.postJson("/api/auth/password-reset/confirm", "{\"token\": \"" + UUID.randomUUID()
                        + "\", \"password\": \"a long enough passphrase\"}"), target));
        // a password change needs a login and the current password (a wrong one changes nothing, ends no token)
        list.add(new Case("POST /api/auth/password", actor, scope, actor.equals("ANONYMOUS") ? 401 : 400,
                t -> Api.postJson("/api/auth/password", "{\"currentPassword\": \"not the password\", "
                        + "\"newPassword\": \"a long enough passphrase\"}"), target));
        list.add(new Case("PUT /api/account/settings", actor, scope, actor.equals("ANONYMOUS") ? 401 : 200,
                t -> Api.putJson("/api/account/settings", "{\"language\": \"en\"}"), target));
        // teams: the company's owners manage it (the signers-up); its other members and everyone else may not
        boolean owner = (actor.equals("SME_MEMBER") || firm) && scope == Scope.OWN;
        int teamWrite = actor.equals("ANONYMOUS") ? 401 : owner ? 0 : 403;
        list.add(new Case("POST /api/companies/{id}/invitations", actor, scope, teamWrite == 0 ? 201 : teamWrite,
                t -> Api.postJson("/api/companies/" + t + "/invitations", "{\"email\": \"" + Accounts.newEmail()
                        + "\", \"companyRole\": \"MEMBER\"}"), target));
        list.add(new Case("DELETE /api/companies/{id}/invitations/{i}", actor, scope,
                teamWrite == 0 ? 204 : teamWrite,
                t -> HttpRequest.DELETE("/api/companies/" + t + "/invitations/" + newInvitation(t)), target));
        // the owner confirming themself as owner changes nothing (200); hand-over to oneself is refused (400)
        list.add(new Case("PUT /api/companies/{id}/members/{u}", actor, scope, teamWrite == 0 ? 200 : teamWrite,
                t -> Api.putJson("/api/companies/" + t + "/members/" + owners.get(t).user().id(),
                        "{\"companyRole\": \"OWNER\"}"), target));
        list.add(new Case("POST /api/companies/{id}/members/{u}/hand-over", actor, scope,
                teamWrite == 0 ? 400 : teamWrite,
                t -> Api.postJson("/api/companies/" + t + "/members/" + owners.get(t).user().id() + "/hand-over",
                        "{}"), target));
        // removing the owner: refused for the last owner themself (409), for everyone else not theirs to do (403)
        list.add(new Case("DELETE /api/companies/{id}/members/{u}", actor, scope, teamWrite == 0 ? 409 : teamWrite,
                t -> HttpRequest.DELETE("/api/companies/" + t + "/members/" + owners.get(t).user().id()), target));
        // deleting asks for the password again: with a wrong one the owner (and an admin) get 400, nothing goes
        list.add(new Case("DELETE /api/companies/{id}", actor, scope,
                actor.equals("ANONYMOUS") ? 401 : owner || actor.equals("ADMIN") ? 400 : 403,
                t -> HttpRequest.DELETE("/api/companies/" + t, "{\"password\": \"not the password\"}")
                        .contentType(MediaType.APPLICATION_JSON_TYPE), target));
        list.add(new Case("DELETE /api/account", actor, scope, actor.equals("ANONYMOUS") ? 401 : 400,
                t -> HttpRequest.DELETE("/api/account", "{\"password\": \"not the password\"}")
                        .contentType(MediaType.APPLICATION_JSON_TYPE), target));
        list.add(new Case("POST /api/invitations/{token}/accept", actor, scope, 404,
                t -> Api.postJson("/api/invitations/" + UUID.randomUUID() + "/accept", "{}"), target));
        list.add(new Case("POST /api/auth/confirm-email", actor, scope, 400,
                t -> Api.postJson("/api/auth/confirm-email", "{\"token\": \"" + UUID.randomUUID() + "\"}"),
                target));
        list.add(new Case("POST /api/auth/confirm-email/resend", actor, scope, actor.equals("ANONYMOUS") ? 401 : 202,
                t -> Api.postJson("/api/auth/confirm-email/resend", "{}"), target));
        // notifications: every signed-in user reads and sets their own; unsubscribing needs no login, only a valid link
        list.add(new Case("POST /api/notifications/read", actor, scope, actor.equals("ANONYMOUS") ? 401 : 200,
                t -> Api.postJson("/api/notifications/read", "{\"all\": true}"), target));
        list.add(new Case("PUT /api/notifications/preferences", actor, scope, actor.equals("ANONYMOUS") ? 401 : 200,
                t -> Api.putJson("/api/notifications/preferences", "{\"preferences\": {\"INQUIRY_RECEIVED\": \"DAILY\"}}"),
                target));
        list.add(new Case("POST /api/notifications/unsubscribe", actor, scope, 400,
                t -> Api.postJson("/api/notifications/unsubscribe?token=" + UUID.randomUUID(), ""), target));
        // a follow-up survey's answer needs no login either, only a valid signed link
        list.add(new Case("POST /api/surveys/answer", actor, scope, 400,
                t -> Api.postJson("/api/surveys/answer", "{\"token\": \"" + UUID.randomUUID() + "\"}"), target));
        // saved searches: every signed-in user keeps their own; another's is not there (404)
        list.add(new Case("POST /api/saved-searches", actor, scope, actor.equals("ANONYMOUS") ? 401 : 201,
                t -> Api.postJson("/api/saved-searches", "{\"name\": \"m\", \"query\": \"q=x\", \"frequency\": \"DAILY\"}"),
                target));
        list.add(new Case("DELETE /api/saved-searches/{id}", actor, scope, actor.equals("ANONYMOUS") ? 401 : 404,
                t -> HttpRequest.DELETE("/api/saved-searches/" + othersSavedSearch()), target));
        list.add(new Case("POST /api/admin/search/rebuild", actor, scope,
                actor.equals("ADMIN") ? 200 : 403,
                t -> HttpRequest.POST("/api/admin/search/rebuild", ""), target));
        return list;
    }

    // --- fixtures, made by an admin ----------------------------------------------------------------------------

    /** A saved search of a member of another company than any actor's. */
    private UUID othersSavedSearch() {
        return UUID.fromString(client.retrieve(Api.postJson("/api/saved-searches",
                "{\"name\": \"theirs\", \"query\": \"q=y\", \"frequency\": \"WEEKLY\"}")
                .bearerAuth(smeOtherMember.token()), Map.class).get("id").toString());
    }

    /** A pending invitation of the company, made by its owner. */
    private UUID newInvitation(UUID company) {
        Map<String, Object> invitation = client.retrieve(Api.postJson("/api/companies/" + company + "/invitations",
                "{\"email\": \"" + Accounts.newEmail() + "\", \"companyRole\": \"MEMBER\"}")
                .bearerAuth(owners.get(company).token()), Api.jsonObject());
        return UUID.fromString(invitation.get("id").toString());
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    private static String company(String kind) {
        return """
                {"kind": "%s", "names": {"en": "Matrix Co"}, "country": "JP", "industry": "MANUFACTURING"}"""
                .formatted(kind);
    }

    private static String certification() {
        return "{\"standard\": \"ISO_9001\", \"number\": \"Q-1\", \"validUntil\": \"" + LocalDate.now().plusYears(1)
                + "\"}";
    }

    private static String need(UUID company) {
        return "{" + (company == null ? "" : "\"companyId\": \"" + company + "\", ")
                + "\"titles\": {\"en\": \"Matrix need\"}, \"deadline\": \"" + LocalDate.now().plusDays(30) + "\"}";
    }

    private static String capacity(UUID company) {
        return "{" + (company == null ? "" : "\"companyId\": \"" + company + "\", ")
                + "\"kind\": \"EQUIPMENT\", \"titles\": {\"en\": \"Spare lathe\"}, \"country\": \"JP\", "
                + "\"availableFrom\": \"" + LocalDate.now() + "\", \"availableTo\": \"" + LocalDate.now().plusDays(90)
                + "\"}";
    }

    private UUID newCertification(UUID company) {
        return id(client.retrieve(Api.postJson("/api/companies/" + company + "/certifications", certification())
                .bearerAuth(Tokens.admin()), Map.class));
    }

    private UUID newNeed(UUID company) {
        return id(client.retrieve(Api.postJson("/api/needs", need(company)).bearerAuth(Tokens.admin()), Map.class));
    }

    private UUID newCapacity(UUID company) {
        return id(client.retrieve(Api.postJson("/api/capacities", capacity(company)).bearerAuth(Tokens.admin()),
                Map.class));
    }

    /**
     * A thread the acting member is party to ("own": SME A ↔ Firm A, started by SME A) or not ("other": SME B ↔
     * Firm B, started by SME B).
     */
    private UUID newInquiry(UUID target) {
        boolean own = target.equals(smeA) || target.equals(firmA);
        AccountService.Session starter = own ? actors.get("SME_MEMBER") : smeOtherMember;
        return id(client.retrieve(Api.postJson("/api/inquiries", "{\"subjectType\": \"COMPANY\", \"subjectId\": \""
                + (own ? firmA : firmB) + "\", \"message\": \"Hello\"}").bearerAuth(starter.token()), Map.class));
    }

    private UUID newIntroduction() {
        return id(client.retrieve(Api.postJson("/api/introductions", "{\"companyA\": \"" + smeB
                + "\", \"companyB\": \"" + firmB + "\"}").bearerAuth(actors.get("COORDINATOR").token()), Map.class));
    }

    /** An introduction of an SME to the firm behind one of its anonymous needs, waiting for the firm's consent. */
    private UUID newAnonymousNeedIntroduction(UUID firm) {
        UUID need = id(client.retrieve(Api.postJson("/api/needs", "{\"companyId\": \"" + firm + "\", \"titles\": "
                + "{\"en\": \"Secret need\"}, \"anonymous\": true}").bearerAuth(Tokens.admin()), Map.class));
        return id(client.retrieve(Api.postJson("/api/introductions", "{\"companyA\": \"" + smeB
                + "\", \"companyB\": \"" + firm + "\", \"needId\": \"" + need + "\"}")
                .bearerAuth(actors.get("COORDINATOR").token()), Map.class));
    }

    /**
     * Import as update: a row keyed by the id of a profile its members registered changes it only when an admin
     * imports it; an organiser's import refuses the row and the profile stays as it was.
     */
    @org.junit.jupiter.api.Test
    void anImportUpdatesAProfileByItsIdOnlyForAdmins() throws InterruptedException {
        AccountService.Session registered = Accounts.signUp(client, "SME", "Registered Co");
        UUID id = registered.user().companyId();
        for (String actor : List.of("ORGANISER", "ADMIN")) {
            List<String> columns = io.musubi.bulk.BulkImportsAccess.templateColumns();
            List<String> cells = columns.stream().map(c -> switch (c) {
                case "key" -> id.toString();
                case "kind" -> "SME";
                case "name_en" -> "Renamed by " + actor;
                case "industry" -> "MANUFACTURING";
                case "country" -> "JP";
                default -> "";
            }).toList();
            String csv = String.join(",", columns) + "\n" + String.join(",", cells) + "\n";
            Map<?, ?> job = client.retrieve(HttpRequest.POST("/api/imports", MultipartBody.builder().addPart("file",
                    "update.csv", MediaType.TEXT_PLAIN_TYPE, csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                    .bearerAuth(actors.get(actor).token()), Map.class);
            for (int i = 0; i < 100 && "RUNNING".equals(job.get("status")); i++) {
                Thread.sleep(100);
                job = client.retrieve(HttpRequest.GET("/api/imports/" + job.get("id"))
                        .bearerAuth(actors.get(actor).token()), Map.class);
            }
            Map<?, ?> profile = client.retrieve(HttpRequest.GET("/api/companies/" + id), Map.class);
            String name = profile.get("names").toString();
            if (actor.equals("ORGANISER")) {
                assertThat(job.get("rejected")).as(actor).isEqualTo(1);
                assertThat(name).contains("Registered Co").doesNotContain("Renamed");
            } else {
                assertThat(job.get("updated")).as(actor).isEqualTo(1);
                assertThat(name).contains("Renamed by ADMIN");
            }
        }
    }

    /**
     * Logout by every role: it needs a login, and it ends the caller's own tokens only (each role logs out a session of
     * its own, so the matrix's actors stay signed in).
     */
    @org.junit.jupiter.api.Test
    void logoutEndsOnlyTheCallersOwnTokens() {
        assertThat(send(client, Api.postJson("/api/auth/logout", "{}")).status()).isEqualTo(401);
        List<AccountService.Session> sessions = List.of(Accounts.signUp(client, "SME", "Logout SME"),
                Accounts.signUp(client, "LARGE_FIRM", "Logout Firm"), Accounts.staff(accounts, client, Role.COORDINATOR),
                Accounts.staff(accounts, client, Role.ORGANISER), Accounts.staff(accounts, client, Role.ADMIN));
        for (AccountService.Session session : sessions) {
            assertThat(send(client, Api.postJson("/api/auth/logout", "{}").bearerAuth(session.token())).status())
                    .as(session.user().role()).isEqualTo(204);
            assertThat(send(client, HttpRequest.GET("/api/auth/me").bearerAuth(session.token())).status())
                    .as(session.user().role()).isEqualTo(401);
        }
        for (var actor : actors.entrySet()) {
            if (actor.getValue() != null) {
                assertThat(send(client, HttpRequest.GET("/api/auth/me").bearerAuth(actor.getValue().token())).status())
                        .as("others stay signed in: " + actor.getKey()).isEqualTo(200);
            }
        }
    }

    /** Contact details by role: a visitor who is not signed in gets none; every signed-in role gets the default ones. */
    @org.junit.jupiter.api.Test
    void contactDetailsAreForSignedInUsersByDefault() {
        client.retrieve(Api.putJson("/api/companies/" + smeB, """
                {"kind": "SME", "names": {"en": "SME B"}, "country": "JP", "industry": "MANUFACTURING",
                 "contact": {"email": "b@matrix.example"}}""").bearerAuth(Tokens.admin()), Map.class);
        for (var entry : actors.entrySet()) {
            MutableHttpRequest<?> read = HttpRequest.GET("/api/companies/" + smeB);
            if (entry.getValue() != null) {
                read.bearerAuth(entry.getValue().token());
            }
            String body = client.retrieve(read, String.class);
            if (entry.getKey().equals("ANONYMOUS")) {
                assertThat(body).as(entry.getKey()).doesNotContain("b@matrix.example").contains("\"withheld\":[\"email\"]");
            } else {
                assertThat(body).as(entry.getKey()).contains("b@matrix.example");
            }
        }
    }

    private static UUID id(Map<?, ?> body) {
        return UUID.fromString(body.get("id").toString());
    }

    /** Rows that any write of the matrix would add. */
    private long writes() {
        return transactions.executeRead(status -> {
            try (ResultSet rows = status.getConnection().createStatement().executeQuery("SELECT (SELECT count(*) FROM outbox)"
                     + " + (SELECT count(*) FROM inquiry_message) + (SELECT count(*) FROM certification)"
                     + " + (SELECT count(*) FROM company_logo) + (SELECT count(*) FROM import_job)"
                     + " + (SELECT count(*) FROM company) + (SELECT count(*) FROM match_feedback)"
                     + " + (SELECT count(*) FROM introduction_event)"
                     + " + (SELECT count(*) FROM introduction WHERE firm_consent <> 'PENDING')"
                     + " + (SELECT count(*) FROM mail_outbox) + (SELECT count(*) FROM password_reset)"
                     + " + (SELECT count(*) FROM invitation)"
                     + " + (SELECT count(*) FROM invitation WHERE revoked_at IS NOT NULL OR accepted_at IS NOT NULL)"
                     + " + (SELECT coalesce(sum(token_version), 0) FROM app_user)"
                     + " + (SELECT count(*) FROM app_user WHERE company_role = 'OWNER')"
                     + " + (SELECT count(*) FROM app_user WHERE company_id IS NULL)"
                     + " + (SELECT count(*) FROM email_confirmation WHERE used_at IS NOT NULL)"
                     + " + (SELECT count(*) FROM app_user WHERE deleted_at IS NOT NULL)"
                     + " + (SELECT count(*) FROM notification_preference) + (SELECT count(*) FROM saved_search)"
                     + " + (SELECT count(*) FROM notification WHERE read_at IS NOT NULL)"
                     + " + (SELECT count(*) FROM need) + (SELECT count(*) FROM capacity)"
                     + " + (SELECT count(*) FROM survey_answer)")) {
                rows.next();
                return rows.getLong(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
