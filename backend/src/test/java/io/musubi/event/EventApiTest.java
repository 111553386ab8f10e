package io.musubi.event;

import static io.musubi.event.Fairs.eventJson;
import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.putJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.ApiAsUsers;
import io.musubi.account.AccountService;
import io.musubi.platform.security.Role;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events: setup with its validation, who may manage them, registration. */
@MicronautTest(transactional = false)
class EventApiTest extends ApiAsUsers {

    AccountService.Session organiser;
    AccountService.Session otherOrganiser;
    AccountService.Session sme;
    AccountService.Session firm;

    @BeforeAll
    void people() {
        organiser = Accounts.staff(accounts, client, Role.ORGANISER);
        otherOrganiser = Accounts.staff(accounts, client, Role.ORGANISER);
        sme = Accounts.signUp(client, "SME", "林精密工業");
        firm = Accounts.signUp(client, "LARGE_FIRM", "大和重工業");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOrganiserCreatesAnEventWhoseSlotsFollowTheSessionsBreaksAndTimeZone() {
        Map<String, Object> event = Fairs.create(client, organiser, eventJson("Slots", 4, 10));
        List<Map<String, Object>> slots = (List<Map<String, Object>>) event.get("slots");
        assertThat(slots).hasSize(6);
        LocalDate day = LocalDate.now(Fairs.TOKYO).plusDays(10);
        assertThat(slots.get(0).get("start")).isEqualTo(day + "T10:00:00+09:00");
        assertThat(slots.get(5).get("end")).isEqualTo(day + "T12:00:00+09:00");
        assertThat(slots).extracting(s -> s.get("isBreak")).containsExactly(false, false, false, true, false, false);
        assertThat(event.get("phase")).isEqualTo("REGISTRATION");
        assertThat(event.get("canManage")).isEqualTo(true);
        assertThat(event.get("registrationDeadline")).isEqualTo(day.minusDays(1) + "T17:00:00+09:00");
        List<Map<String, Object>> listed = client.retrieve(HttpRequest.GET("/api/events"), Fairs.LIST);
        assertThat(listed).extracting(e -> e.get("id")).contains(event.get("id"));
    }

    @Test
    void badSetupsGetFieldErrorsNamingTheProblem() {
        String day = LocalDate.now(Fairs.TOKYO).plusDays(10).toString();
        String good = eventJson("Bad", 4, 10);
        expect(good.replace("\"tables\": 4", "\"tables\": 0"), "tables", "min");
        expect(good.replace("\"slotMinutes\": 20", "\"slotMinutes\": 25"), "slotMinutes", "allowed");
        expect(good.replace("\"end\": \"12:00\"", "\"end\": \"12:10\""), "sessions[0]", "divides");
        expect(good.replace("[{\"date\": \"" + day + "\", \"start\": \"10:00\", \"end\": \"12:00\"}]",
                "[{\"date\": \"" + day + "\", \"start\": \"10:00\", \"end\": \"12:00\"}, {\"date\": \"" + day
                        + "\", \"start\": \"11:40\", \"end\": \"13:00\"}]"), "sessions[1]", "overlap");
        String past = LocalDate.now(Fairs.TOKYO).minusDays(2).toString();
        expect(good.replace("\"sessions\": [{\"date\": \"" + day, "\"sessions\": [{\"date\": \"" + past),
                "sessions[0].date", "past");
        expect(good.replace("Asia/Tokyo", "Mars/Olympus"), "timeZone", "unknown");
        expect(good.replace("\"start\": \"11:00\", \"end\": \"11:20\"", "\"start\": \"11:10\", \"end\": \"11:30\""),
                "breaks[0]", "aligned");
        expect(good.replace("\"start\": \"11:00\", \"end\": \"11:20\"", "\"start\": \"13:00\", \"end\": \"13:20\""),
                "breaks[0]", "outside");
        String lateDeadline = LocalDate.now(Fairs.TOKYO).plusDays(11) + "T17:00:00+09:00";
        expect(good.replaceFirst("\"registrationDeadline\": \"[^\"]+\"", "\"registrationDeadline\": \""
                + lateDeadline + "\""), "registrationDeadline", "order");
        Api.Result sent = Api.send(client, postJson("/api/events", good).bearerAuth(sme.token()));
        assertThat(sent.status()).isEqualTo(403);
        assertThat(Api.send(client, postJson("/api/events", "{\"tables\": \"many\"}").bearerAuth(organiser.token()))
                .status()).isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheEventsOrganisersChangeItAndCoOrganisersCanBeAdded() {
        Map<String, Object> event = Fairs.create(client, organiser, eventJson("Owners", 4, 10));
        String id = (String) event.get("id");
        String changed = eventJson("Owners renamed", 6, 10).replace("}", "}").replaceFirst("\\{", "{\"version\": 0, ");
        assertThat(Api.send(client, putJson("/api/events/" + id, changed).bearerAuth(otherOrganiser.token()))
                .status()).isEqualTo(403);
        Map<String, Object> updated = client.retrieve(putJson("/api/events/" + id, changed)
                .bearerAuth(organiser.token()), Map.class);
        assertThat(updated.get("tables")).isEqualTo(6);
        assertThat(((Map<String, Object>) updated.get("names")).get("en")).isEqualTo("Owners renamed matching");
        Api.Result stale = Api.send(client, putJson("/api/events/" + id, changed).bearerAuth(organiser.token()));
        assertThat(stale.status()).isEqualTo(409);
        client.retrieve(postJson("/api/events/" + id + "/organisers", "{\"email\": \"%s\"}".formatted(
                otherOrganiser.user().email())).bearerAuth(organiser.token()), Map.class);
        Map<String, Object> seen = Fairs.get(client, "/api/events/" + id, otherOrganiser);
        assertThat(seen.get("canManage")).isEqualTo(true);
        assertThat((List<?>) seen.get("organisers")).hasSize(2);
    }

    @Test
    void membersRegisterTheirOwnCompanyOnceAndOnlyBeforeTheDeadline() {
        String id = (String) Fairs.create(client, organiser, eventJson("Register", 4, 10)).get("id");
        Map<String, Object> mine = Fairs.register(client, id, sme, "EXHIBITOR");
        assertThat(mine.get("companyId")).isEqualTo(sme.user().companyId().toString());
        assertThat(mine.get("maxMeetings")).isEqualTo(4);
        Api.Result again = Api.send(client, postJson("/api/events/" + id + "/participants", "{\"role\": \"BUYER\"}")
                .bearerAuth(sme.token()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.hasFieldError("companyId")).isTrue();
        Api.Result smeAsFirm = Api.send(client, postJson("/api/events/" + id + "/participants",
                "{\"role\": \"LARGE_FIRM\"}").bearerAuth(firm.token()));
        assertThat(smeAsFirm.status()).isEqualTo(201);
        Api.Result badSlot = Api.send(client, putJson("/api/events/" + id + "/participants/" + mine.get("id"),
                "{\"role\": \"EXHIBITOR\", \"unavailableSlots\": [9]}").bearerAuth(sme.token()));
        assertThat(badSlot.status()).isEqualTo(400);
        assertThat(badSlot.hasFieldError("unavailableSlots[0]")).isTrue();
        Api.Result othersRegistration = Api.send(client, putJson("/api/events/" + id + "/participants/"
                + mine.get("id"), "{\"role\": \"BUYER\"}").bearerAuth(firm.token()));
        assertThat(othersRegistration.status()).isEqualTo(403);
        assertThat(Api.send(client, HttpRequest.GET("/api/events/" + id + "/participants")).status()).isEqualTo(401);
    }

    private void expect(String json, String field, String code) {
        Api.Result result = Api.send(client, postJson("/api/events", json).bearerAuth(organiser.token()));
        assertThat(result.status()).as(field + " " + code + ": " + result.body()).isEqualTo(400);
        assertThat(result.error().errors()).as(result.body())
                .anyMatch(e -> e.field().equals(field) && e.code().equals(code));
    }
}
