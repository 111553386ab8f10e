package io.musubi.event;

import static io.musubi.event.Fairs.answer;
import static io.musubi.event.Fairs.eventJson;
import static io.musubi.event.Fairs.register;
import static io.musubi.event.Fairs.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.ApiAsUsers;
import io.musubi.account.AccountService;
import io.musubi.platform.Sql;
import io.musubi.platform.security.Role;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event endpoint that manages an event or acts for a participant, tried by everyone who must not: anonymous
 * (401), a coordinator, an organiser of another event, a member of an uninvolved company (403 or 404). Each refusal
 * is checked to have changed nothing in the event's tables.
 */
@MicronautTest(transactional = false)
class EventAuthorizationTest extends ApiAsUsers {
    @Inject
    Sql sql;

    final Map<String, AccountService.Session> actors = new LinkedHashMap<>();
    String eventId;
    String exhibitorId;
    String meetingId;
    String pendingRequestId;
    String roundId;
    AccountService.Session exhibitor;

    @BeforeAll
    void fair() {
        AccountService.Session organiser = Accounts.staff(accounts, client, Role.ORGANISER);
        AccountService.Session firm = Accounts.signUp(client, "LARGE_FIRM", "権限テスト重工");
        exhibitor = Accounts.signUp(client, "SME", "権限テスト精工");
        AccountService.Session second = Accounts.signUp(client, "SME", "権限テスト第二");
        eventId = (String) Fairs.create(client, organiser, eventJson("Authorization", 3, 10)).get("id");
        register(client, eventId, firm, "LARGE_FIRM");
        exhibitorId = (String) register(client, eventId, exhibitor, "EXHIBITOR").get("id");
        register(client, eventId, second, "EXHIBITOR");
        String thirdId = (String) register(client, eventId, Accounts.signUp(client, "SME", "権限テスト第三"),
                "EXHIBITOR").get("id");
        answer(client, eventId, exhibitor, request(client, eventId, firm, exhibitorId, "MUST_MEET").get("id"), "accept");
        pendingRequestId = (String) request(client, eventId, firm, thirdId, "WOULD_LIKE").get("id");
        client.retrieve(Api.postJson("/api/events/" + eventId + "/schedule/run", "").bearerAuth(organiser.token()),
                Map.class);
        meetingId = sql.one("SELECT id FROM meeting WHERE event_id = ?", r -> r.getString(1),
                UUID.fromString(eventId)).orElseThrow();
        roundId = (String) client.retrieve(Api.postJson("/api/events/" + eventId + "/surveys",
                "{\"monthsAfter\": 3}").bearerAuth(organiser.token()), Map.class).get("id");
        actors.put("anonymous", null);
        actors.put("coordinator", Accounts.staff(accounts, client, Role.COORDINATOR));
        AccountService.Session otherOrganiser = Accounts.staff(accounts, client, Role.ORGANISER);
        Fairs.create(client, otherOrganiser, eventJson("Someone else's", 2, 10));
        actors.put("organiser of another event", otherOrganiser);
        actors.put("member of an uninvolved company", Accounts.signUp(client, "SME", "部外者"));
        actors.put("member of a participant (not this side)", second);
    }

    record Endpoint(String name, Supplier<MutableHttpRequest<?>> request, boolean participantsMayRead) {
        @Override
        public String toString() {
            return name;
        }
    }

    List<Endpoint> endpoints() {
        String e = "/api/events/" + eventId;
        return List.of(
                new Endpoint("PUT event", () -> Api.putJson(e, eventJson("Renamed", 9, 10)), false),
                new Endpoint("POST organisers", () -> Api.postJson(e + "/organisers", "{\"email\": \"x@y.example\"}"),
                        false),
                new Endpoint("POST schedule/run", () -> Api.postJson(e + "/schedule/run", ""), false),
                new Endpoint("POST schedule/publish", () -> Api.postJson(e + "/schedule/publish", ""), false),
                new Endpoint("GET schedule", () -> HttpRequest.GET(e + "/schedule"), false),
                new Endpoint("PUT placement", () -> Api.putJson(e + "/meetings/" + meetingId + "/placement",
                        "{\"slot\": 5, \"table\": 3}"), false),
                new Endpoint("DELETE placement", () -> HttpRequest.DELETE(e + "/meetings/" + meetingId
                        + "/placement"), false),
                new Endpoint("POST participants/import", () -> HttpRequest.POST(e + "/participants/import",
                        MultipartBody.builder().addPart("file", "x.csv", MediaType.TEXT_CSV_TYPE,
                                "company,role\n権限テスト第二,BUYER\n".getBytes(StandardCharsets.UTF_8)).build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), false),
                new Endpoint("PUT someone's registration", () -> Api.putJson(e + "/participants/" + exhibitorId,
                        "{\"role\": \"BUYER\", \"unavailableSlots\": [0]}"), false),
                new Endpoint("POST accept someone's request", () -> Api.postJson(e + "/requests/" + pendingRequestId
                        + "/accept", ""), false),
                new Endpoint("PUT outcome of someone's meeting", () -> Api.putJson(e + "/meetings/" + meetingId
                        + "/outcome", "{\"outcome\": \"DEAL\"}"), false),
                new Endpoint("GET someone's agenda", () -> HttpRequest.GET(e + "/agenda?participantId="
                        + exhibitorId), false),
                new Endpoint("GET dashboard", () -> HttpRequest.GET(e + "/dashboard"), false),
                new Endpoint("GET outcomes.csv", () -> HttpRequest.GET(e + "/outcomes.csv"), false),
                new Endpoint("GET requests?box=all", () -> HttpRequest.GET(e + "/requests?box=all"), false),
                new Endpoint("GET surveys", () -> HttpRequest.GET(e + "/surveys"), false),
                new Endpoint("POST surveys", () -> Api.postJson(e + "/surveys", "{\"monthsAfter\": 6}"), false),
                new Endpoint("DELETE survey round", () -> HttpRequest.DELETE(e + "/surveys/" + roundId), false),
                new Endpoint("GET participants", () -> HttpRequest.GET(e + "/participants"), true));
    }

    Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String actor : actors.keySet()) {
                if (endpoint.participantsMayRead() && actor.startsWith("member of a participant")) {
                    continue;
                }
                cases.add(Arguments.of(endpoint, actor));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1} is refused and changes nothing")
    @MethodSource("cases")
    void refusedAndNothingChanged(Endpoint endpoint, String actor) {
        String before = state();
        MutableHttpRequest<?> request = endpoint.request().get();
        AccountService.Session session = actors.get(actor);
        if (session != null) {
            request.bearerAuth(session.token());
        }
        Api.Result result = Api.send(client, request);
        assertThat(result.status()).as(result.body()).isIn(session == null ? List.of(401) : List.of(403, 404));
        assertThat(result.error()).isNotNull();
        assertThat(state()).isEqualTo(before);
    }

    /** Everything the endpoints could change, as text. */
    /** Issue 12: an account whose address is unconfirmed registers its company but sends no meeting request. */
    @org.junit.jupiter.api.Test
    void anUnconfirmedMemberMayRegisterButNotRequestAMeeting() {
        AccountService.Session unconfirmed = Accounts.signUpUnconfirmed(client, "LARGE_FIRM", "未確認商談");
        register(client, eventId, unconfirmed, "LARGE_FIRM");
        long before = sql.count("SELECT count(*) FROM meeting_request WHERE event_id = ?", UUID.fromString(eventId));
        Api.Result refused = Api.send(client, Api.postJson("/api/events/" + eventId + "/requests", """
                {"toParticipantId": "%s", "priority": "MUST_MEET"}""".formatted(exhibitorId))
                .bearerAuth(unconfirmed.token()));
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(refused.error().error()).isEqualTo("email_unconfirmed");
        org.assertj.core.api.Assertions.assertThat(sql.count("SELECT count(*) FROM meeting_request WHERE event_id = ?",
                UUID.fromString(eventId))).isEqualTo(before);
    }

    private String state() {
        UUID id = UUID.fromString(eventId);
        return String.join("|", sql.list("SELECT version || ':' || tables || ':' || COALESCE(name_en, '') "
                        + "FROM fair_event WHERE id = ?", r -> r.getString(1), id).toString(),
                sql.list("SELECT user_id FROM fair_event_organiser WHERE event_id = ? ORDER BY user_id",
                        r -> r.getString(1), id).toString(),
                sql.list("SELECT id || role || version || unavailable_slots::text FROM fair_participant "
                        + "WHERE event_id = ? ORDER BY id", r -> r.getString(1), id).toString(),
                sql.list("SELECT id || status FROM meeting_request WHERE event_id = ? ORDER BY id",
                        r -> r.getString(1), id).toString(),
                sql.list("SELECT id || ':' || COALESCE(slot, -1) || ':' || COALESCE(table_no, -1) || pinned "
                        + "FROM meeting WHERE event_id = ? ORDER BY id", r -> r.getString(1), id).toString(),
                sql.list("SELECT meeting_id || outcome FROM meeting_outcome o JOIN meeting m ON m.id = o.meeting_id "
                        + "WHERE m.event_id = ?", r -> r.getString(1), id).toString(),
                String.valueOf(sql.count("SELECT COUNT(*) FROM schedule_run WHERE event_id = ?", id)),
                sql.list("SELECT id || ':' || months_after FROM survey_round WHERE event_id = ? ORDER BY id",
                        r -> r.getString(1), id).toString());
    }
}
