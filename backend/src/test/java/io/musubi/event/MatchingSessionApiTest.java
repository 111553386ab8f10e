package io.musubi.event;

import static io.musubi.event.Fairs.answer;
import static io.musubi.event.Fairs.eventJson;
import static io.musubi.event.Fairs.register;
import static io.musubi.event.Fairs.request;
import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.putJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.testing.ApiAsUsers;
import io.musubi.account.AccountService;
import io.musubi.platform.security.Role;
import io.musubi.search.Indexer;
import io.musubi.search.SearchIndexes;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api;
import io.musubi.testing.Indexing;
import io.musubi.testing.MutableClock;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A matching session end to end: requests, the scheduler with pins and moves, agendas, outcomes, dashboard. */
@MicronautTest(transactional = false)
class MatchingSessionApiTest extends ApiAsUsers {
    @Inject
    MutableClock clock;
    @Inject
    Indexer indexer;
    @Inject
    SearchIndexes indexes;

    AccountService.Session organiser;
    AccountService.Session firm;
    AccountService.Session hayashi;
    AccountService.Session toho;
    AccountService.Session suzhou;

    @BeforeAll
    void people() {
        organiser = Accounts.staff(accounts, client, Role.ORGANISER);
        firm = Accounts.signUp(client, "LARGE_FIRM", "大和重工業");
        hayashi = Accounts.signUp(client, "SME", "林精密工業");
        toho = Accounts.signUp(client, "SME", "東邦金型");
        suzhou = Accounts.signUp(client, "SME", "苏州精密模具");
        profile(hayashi, """
                {"names": {"ja": "林精密工業"}, "descriptions": {"ja": "チタン合金の5軸加工"},
                 "technologies": ["five-axis-machining", "titanium"], "country": "JP", "region": "JP-27",
                 "industry": "MANUFACTURING"}""");
        profile(suzhou, """
                {"names": {"zh": "苏州精密模具"}, "descriptions": {"zh": "注塑模具设计制造"},
                 "technologies": ["injection-mould"], "country": "CN", "region": "CN-JS",
                 "industry": "MANUFACTURING"}""");
        Indexing.settle(indexer, indexes);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void requestsAreAcceptedDeclinedCappedAndNeverToOneself() {
        String id = event("Requests", 3);
        Map<String, Object> buyer = register(client, id, firm, "LARGE_FIRM");
        Map<String, Object> a = register(client, id, hayashi, "EXHIBITOR");
        Map<String, Object> b = register(client, id, toho, "EXHIBITOR");
        Map<String, Object> c = register(client, id, suzhou, "EXHIBITOR");

        Api.Result self = send(postJson("/api/events/" + id + "/requests", """
                {"toParticipantId": "%s", "priority": "MUST_MEET"}""".formatted(buyer.get("id"))), firm);
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.error().errors()).anyMatch(e -> e.field().equals("toParticipantId") && e.code().equals("self"));

        Map<String, Object> toA = request(client, id, firm, a.get("id"), "MUST_MEET");
        assertThat(toA.get("status")).isEqualTo("PENDING");
        Api.Result twice = send(postJson("/api/events/" + id + "/requests", """
                {"toParticipantId": "%s", "priority": "WOULD_LIKE"}""".formatted(a.get("id"))), firm);
        assertThat(twice.status()).isEqualTo(409);
        Map<String, Object> toB = request(client, id, firm, b.get("id"), "WOULD_LIKE");
        Map<String, Object> toC = request(client, id, firm, c.get("id"), "WOULD_LIKE");
        Api.Result overCap = send(postJson("/api/events/" + id + "/requests", """
                {"toParticipantId": "%s", "priority": "WOULD_LIKE"}""".formatted(a.get("id"))), toho);
        assertThat(overCap.status()).isEqualTo(201); // toho's first: the cap is per sender
        List<Map<String, Object>> incoming = Fairs.list(client, "/api/events/" + id + "/requests?box=in", hayashi);
        assertThat(incoming).extracting(r -> ((Map<String, Object>) r.get("from")).get("id"))
                .contains(buyer.get("id"), b.get("id"));

        assertThat(answer(client, id, hayashi, toA.get("id"), "accept").get("status")).isEqualTo("ACCEPTED");
        assertThat(answer(client, id, toho, toB.get("id"), "decline").get("status")).isEqualTo("DECLINED");
        Api.Result answeredTwice = send(postJson("/api/events/" + id + "/requests/" + toB.get("id") + "/accept", ""),
                toho);
        assertThat(answeredTwice.status()).isEqualTo(409);
        Api.Result notYours = send(postJson("/api/events/" + id + "/requests/" + toC.get("id") + "/accept", ""),
                hayashi);
        assertThat(notYours.status()).isEqualTo(404);
        Api.Result senderAccepts = send(postJson("/api/events/" + id + "/requests/" + toC.get("id") + "/accept", ""),
                firm);
        assertThat(senderAccepts.status()).isEqualTo(403);

        // the firm's cap is 3 outgoing (pending or accepted): A accepted, C pending; B declined frees a place
        Map<String, Object> fourth = register(client, id, Accounts.signUp(client, "SME", "四番目"), "EXHIBITOR");
        request(client, id, firm, fourth.get("id"), "WOULD_LIKE");
        Map<String, Object> fifth = register(client, id, Accounts.signUp(client, "SME", "五番目"), "EXHIBITOR");
        Api.Result capped = send(postJson("/api/events/" + id + "/requests", """
                {"toParticipantId": "%s", "priority": "WOULD_LIKE"}""".formatted(fifth.get("id"))), firm);
        assertThat(capped.status()).isEqualTo(409);
        assertThat(capped.error().errors()).anyMatch(e -> e.code().equals("cap"));

        // asking someone who already asked you accepts their request: a mutual meeting
        Map<String, Object> back = request(client, id, suzhou, buyer.get("id"), "MUST_MEET");
        assertThat(back.get("status")).isEqualTo("ACCEPTED");
        assertThat(back.get("mutual")).isEqualTo(true);
        Map<String, Object> grid = Fairs.get(client, "/api/events/" + id + "/schedule", organiser);
        List<Map<String, Object>> meetings = (List<Map<String, Object>>) grid.get("meetings");
        assertThat(meetings).hasSize(2);
        assertThat(meetings).anyMatch(m -> Boolean.TRUE.equals(m.get("mutual")) && m.get("weight").equals(4));
        assertThat(Api.send(client, HttpRequest.GET("/api/events/" + id + "/schedule").bearerAuth(firm.token()))
                .status()).isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void unansweredRequestsExpireAndNoRequestsAfterTheDeadline() {
        String id = event("Expiry", 3);
        register(client, id, firm, "LARGE_FIRM");
        Map<String, Object> a = register(client, id, hayashi, "EXHIBITOR");
        Map<String, Object> sent = request(client, id, firm, a.get("id"), "WOULD_LIKE");
        clock.advance(Duration.ofHours(49)); // the event's requests expire after 48 hours
        Api.Result late = send(postJson("/api/events/" + id + "/requests/" + sent.get("id") + "/accept", ""),
                hayashi);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.error().errors()).anyMatch(e -> e.code().equals("expired"));
        assertThat(Fairs.list(client, "/api/events/" + id + "/requests?box=out", firm))
                .extracting(r -> r.get("status")).containsExactly("EXPIRED");
        clock.advance(Duration.ofDays(9)); // past the request deadline
        Api.Result afterDeadline = send(postJson("/api/events/" + id + "/requests", """
                {"toParticipantId": "%s", "priority": "WOULD_LIKE"}""".formatted(a.get("id"))), firm);
        assertThat(afterDeadline.status()).isEqualTo(409);
        assertThat(afterDeadline.error().errors()).anyMatch(e -> e.code().equals("deadline"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSchedulerPlacesAcceptedMeetingsAndKeepsPinsAndMovesAreChecked() {
        String id = event("Schedule", 1);
        Map<String, Object> buyer = register(client, id, firm, "LARGE_FIRM");
        Map<String, Object> a = register(client, id, hayashi, "EXHIBITOR");
        Map<String, Object> b = register(client, id, toho, "EXHIBITOR");
        // hayashi cannot attend the first two slots
        client.retrieve(putJson("/api/events/" + id + "/participants/" + a.get("id"), """
                {"role": "EXHIBITOR", "unavailableSlots": [0, 1]}""").bearerAuth(hayashi.token()), Map.class);
        answer(client, id, hayashi, request(client, id, firm, a.get("id"), "MUST_MEET").get("id"), "accept");
        answer(client, id, toho, request(client, id, firm, b.get("id"), "WOULD_LIKE").get("id"), "accept");

        Map<String, Object> run = client.retrieve(postJson("/api/events/" + id + "/schedule/run", "")
                .bearerAuth(organiser.token()), Map.class);
        assertThat(run.get("scheduled")).isEqualTo(2);
        assertThat(run.get("unscheduled")).isEqualTo(0);
        assertThat(((Number) run.get("ratio")).doubleValue()).isEqualTo(1.0);
        List<Map<String, Object>> meetings = meetings(id);
        Map<String, Object> withA = meetings.stream().filter(m -> involves(m, a)).findFirst().orElseThrow();
        Map<String, Object> withB = meetings.stream().filter(m -> involves(m, b)).findFirst().orElseThrow();
        assertThat((Integer) withA.get("slot")).isGreaterThanOrEqualTo(2).isNotEqualTo(3); // 3 is the break
        assertThat(withA.get("slot")).isNotEqualTo(withB.get("slot")); // the buyer is in both
        assertThat(withA.get("table")).isEqualTo(1);

        // moves are checked: a break, a slot hayashi cannot attend, the buyer busy elsewhere
        expectConflict(id, withA, "{\"slot\": 3, \"table\": 1}", "break");
        expectConflict(id, withA, "{\"slot\": 0, \"table\": 1}", "unavailable");
        expectConflict(id, withA, "{\"slot\": %s, \"table\": 1}".formatted(withB.get("slot")), "busy");
        // pin toho's meeting to the last slot; a re-run keeps it there
        Map<String, Object> pinned = client.retrieve(putJson("/api/events/" + id + "/meetings/" + withB.get("id")
                + "/placement", "{\"slot\": 5, \"table\": 1, \"pinned\": true}").bearerAuth(organiser.token()), Map.class);
        assertThat(pinned.get("pinned")).isEqualTo(true);
        client.retrieve(postJson("/api/events/" + id + "/schedule/run", "").bearerAuth(organiser.token()), Map.class);
        Map<String, Object> afterRun = meetings(id).stream().filter(m -> involves(m, b)).findFirst().orElseThrow();
        assertThat(afterRun.get("slot")).isEqualTo(5);
        assertThat(afterRun.get("pinned")).isEqualTo(true);
        // hayashi may not mark a slot unavailable while a meeting is scheduled in it
        int hayashiSlot = (Integer) meetings(id).stream().filter(m -> involves(m, a)).findFirst().orElseThrow()
                .get("slot");
        Api.Result clash = send(putJson("/api/events/" + id + "/participants/" + a.get("id"), """
                {"role": "EXHIBITOR", "unavailableSlots": [0, 1, %d]}""".formatted(hayashiSlot)), hayashi);
        assertThat(clash.status()).isEqualTo(409);
        // unscheduling frees the slot
        Map<String, Object> out = client.retrieve(HttpRequest.DELETE("/api/events/" + id + "/meetings/"
                + withB.get("id") + "/placement").bearerAuth(organiser.token()), Map.class);
        assertThat(out.get("slot")).isNull();
        assertThat(buyer.get("id")).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void agendasComeAsJsonIcalendarAndCsvAndOutcomesFeedTheDashboard() {
        String id = event("Agenda", 1);
        register(client, id, firm, "LARGE_FIRM");
        Map<String, Object> a = register(client, id, hayashi, "EXHIBITOR");
        Map<String, Object> c = register(client, id, suzhou, "EXHIBITOR");
        register(client, id, toho, "EXHIBITOR");
        answer(client, id, hayashi, request(client, id, firm, a.get("id"), "MUST_MEET").get("id"), "accept");
        answer(client, id, suzhou, request(client, id, firm, c.get("id"), "MUST_MEET").get("id"), "accept");
        client.retrieve(postJson("/api/events/" + id + "/schedule/run", "").bearerAuth(organiser.token()), Map.class);

        Map<String, Object> agenda = Fairs.get(client, "/api/events/" + id + "/agenda", hayashi);
        List<Map<String, Object>> items = (List<Map<String, Object>>) agenda.get("items");
        assertThat(items).hasSize(1);
        Map<String, Object> item = items.get(0);
        assertThat(((Map<String, Object>) ((Map<String, Object>) item.get("counterpart")).get("companyNames"))
                .get("ja")).isEqualTo("大和重工業");
        assertThat((String) item.get("start")).endsWith("+09:00");

        HttpResponse<String> ics = client.exchange(HttpRequest.GET("/api/events/" + id + "/agenda.ics")
                .bearerAuth(hayashi.token()), String.class);
        assertThat(ics.getContentType().orElseThrow().getName()).isEqualTo("text/calendar");
        assertThat(ics.header("Content-Disposition")).contains("agenda.ics");
        String calendar = ics.body();
        String start = ((String) item.get("start")).substring(0, 16).replace("-", "").replace(":", "");
        assertThat(calendar).contains("BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "TZID:Asia/Tokyo",
                "DTSTART;TZID=Asia/Tokyo:" + start + "00", "BEGIN:VEVENT", "大和重工業", "table " + item.get("table"));
        String csv = client.retrieve(HttpRequest.GET("/api/events/" + id + "/agenda.csv").bearerAuth(hayashi.token()),
                String.class);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).startsWith("start,end,time_zone,table,counterpart").contains("大和重工業");
        assertThat(Api.send(client, HttpRequest.GET("/api/events/" + id + "/agenda?participantId=" + a.get("id"))
                .bearerAuth(toho.token())).status()).isEqualTo(403);

        String meeting = (String) item.get("meetingId");
        Api.Result early = send(putJson("/api/events/" + id + "/meetings/" + meeting + "/outcome",
                "{\"outcome\": \"DEAL\"}"), hayashi);
        assertThat(early.status()).isEqualTo(409);
        clock.advance(Duration.ofDays(11)); // the session day has passed
        assertThat(send(putJson("/api/events/" + id + "/meetings/" + meeting + "/outcome",
                "{\"outcome\": \"DEAL\"}"), toho).status()).isEqualTo(403);
        assertThat(send(putJson("/api/events/" + id + "/meetings/" + meeting + "/outcome",
                "{\"outcome\": \"MAYBE\"}"), hayashi).status()).isEqualTo(400);
        client.retrieve(putJson("/api/events/" + id + "/meetings/" + meeting + "/outcome",
                "{\"outcome\": \"BUSINESS_TALKS\", \"note\": \"試作の見積へ\"}").bearerAuth(hayashi.token()), Map.class);
        // the other side's answer shows its own note and of Hayashi's only the outcome, never the private note
        Map<?, ?> seenByFirm = client.retrieve(putJson("/api/events/" + id + "/meetings/" + meeting + "/outcome",
                "{\"outcome\": \"FOLLOW_UP\", \"note\": \"社内で検討\"}").bearerAuth(firm.token()), Map.class);
        assertThat(seenByFirm.toString()).contains("BUSINESS_TALKS", "FOLLOW_UP", "社内で検討")
                .doesNotContain("試作の見積へ");
        String other = (String) ((List<Map<String, Object>>) Fairs.get(client, "/api/events/" + id + "/agenda",
                suzhou).get("items")).get(0).get("meetingId");
        client.retrieve(putJson("/api/events/" + id + "/meetings/" + other + "/outcome",
                "{\"outcome\": \"NO_SHOW\"}").bearerAuth(suzhou.token()), Map.class);

        Map<String, Object> dashboard = Fairs.get(client, "/api/events/" + id + "/dashboard", organiser);
        assertThat(dashboard.get("exhibitors")).isEqualTo(3);
        assertThat(dashboard.get("meetingsScheduled")).isEqualTo(2);
        assertThat(dashboard.get("meetingsHeld")).isEqualTo(1);
        assertThat(dashboard.get("noShows")).isEqualTo(1);
        assertThat(dashboard.get("exhibitorsReachedTalks")).isEqualTo(1);
        assertThat(((Number) dashboard.get("shareReachedTalks")).doubleValue()).isEqualTo(0.333);
        List<Map<String, Object>> byCountry = (List<Map<String, Object>>) dashboard.get("byCountry");
        assertThat(byCountry).anySatisfy(s -> {
            assertThat(s.get("key")).isEqualTo("JP");
            assertThat(s.get("exhibitors")).isEqualTo(2);
            assertThat(s.get("reached")).isEqualTo(1);
        });
        assertThat(byCountry).anySatisfy(s -> {
            assertThat(s.get("key")).isEqualTo("CN");
            assertThat(s.get("reached")).isEqualTo(0);
        });
        String outcomes = client.retrieve(HttpRequest.GET("/api/events/" + id + "/outcomes.csv")
                .bearerAuth(organiser.token()), String.class);
        assertThat(outcomes.lines().toList()).hasSize(5); // header + 2 meetings × 2 sides
        assertThat(outcomes).contains("BUSINESS_TALKS", "試作の見積へ", "NO_SHOW");
        assertThat(Api.send(client, HttpRequest.GET("/api/events/" + id + "/dashboard").bearerAuth(hayashi.token()))
                .status()).isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void participantsAreSearchedRecommendedAndImportedAndMeetingsAtEarlierEventsShow() {
        String first = (String) Fairs.create(client, organiser, eventJson("First fair", 2, 5)).get("id");
        Map<String, Object> buyer1 = register(client, first, firm, "LARGE_FIRM");
        Map<String, Object> a1 = register(client, first, hayashi, "EXHIBITOR");
        answer(client, first, hayashi, request(client, first, firm, a1.get("id"), "MUST_MEET").get("id"), "accept");
        client.retrieve(postJson("/api/events/" + first + "/schedule/run", "").bearerAuth(organiser.token()), Map.class);
        assertThat(buyer1).isNotNull();

        String second = event("Second fair", 3);
        String csv = """
                company,role,offers,seeks,max_meetings,unavailable_slots
                林精密工業,EXHIBITOR,チタンの5軸加工,,3,0;1
                苏州精密模具,exhibitor,注塑模具,,,
                大和重工業,LARGE_FIRM,,five-axis machining,,
                どこにもない会社,EXHIBITOR,,,,
                東邦金型,EXHIBITOR,,,many,
                """;
        Map<String, Object> imported = client.retrieve(HttpRequest.POST("/api/events/" + second
                + "/participants/import", MultipartBody.builder().addPart("file", "exhibitors.csv",
                MediaType.TEXT_CSV_TYPE, csv.getBytes(StandardCharsets.UTF_8)).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(organiser.token()), Map.class);
        assertThat(imported.get("created")).isEqualTo(3);
        assertThat(imported.get("rejected")).isEqualTo(2);
        assertThat((List<Map<String, Object>>) imported.get("problems")).extracting(p -> p.get("row") + ":"
                + p.get("field") + ":" + p.get("code")).containsExactlyInAnyOrder("5:company:unknown",
                "6:max_meetings:invalid_type");
        // a Shift_JIS file as Japanese spreadsheets save it reads the same; bytes that are neither are a 400
        Map<String, Object> shiftJis = client.retrieve(HttpRequest.POST("/api/events/" + second
                + "/participants/import", MultipartBody.builder().addPart("file", "exhibitors-sjis.csv",
                MediaType.TEXT_CSV_TYPE, ("company,role,offers,seeks,max_meetings,unavailable_slots\n"
                        + "林精密工業,EXHIBITOR,チタンの5軸加工,,3,0;1\n")
                        .getBytes(java.nio.charset.Charset.forName("windows-31j"))).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(organiser.token()), Map.class);
        assertThat(shiftJis.get("updated")).isEqualTo(1);
        assertThat(shiftJis.get("rejected")).isEqualTo(0);
        Api.Result unreadable = Api.send(client, HttpRequest.POST("/api/events/" + second
                + "/participants/import", MultipartBody.builder().addPart("file", "broken.csv",
                MediaType.TEXT_CSV_TYPE, new byte[] {'c', ',', (byte) 0xFF, (byte) 0xA0, '\n'}).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(organiser.token()));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.error().errors()).extracting(e -> e.field() + ":" + e.code())
                .containsExactly("file:encoding");

        Map<String, Object> page = Fairs.get(client, "/api/events/" + second + "/participants?q=" + encode("5軸加工"),
                firm);
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.get("items");
        assertThat(found).extracting(p -> p.get("companyId")).containsExactly(hayashi.user().companyId().toString());
        List<Map<String, Object>> metBefore = (List<Map<String, Object>>) found.get(0).get("metBefore");
        assertThat(metBefore).extracting(m -> m.get("eventId")).containsExactly(first);
        assertThat(found.get(0).get("unavailableSlots")).isEqualTo(List.of(0, 1));
        Map<String, Object> all = Fairs.get(client, "/api/events/" + second + "/participants", firm);
        assertThat(all.get("total")).isEqualTo(3);

        Map<String, Object> recommended = Fairs.get(client, "/api/events/" + second + "/recommendations", firm);
        List<Map<String, Object>> items = (List<Map<String, Object>>) recommended.get("items");
        assertThat(items).isNotEmpty();
        Map<String, Object> best = items.get(0);
        assertThat(((Map<String, Object>) best.get("participant")).get("companyId"))
                .isEqualTo(hayashi.user().companyId().toString());
        assertThat((List<Map<String, Object>>) best.get("reasons")).anyMatch(r -> "technology".equals(r.get("code")));
        assertThat(Api.send(client, HttpRequest.GET("/api/events/" + second + "/participants").bearerAuth(
                toho.token())).status()).isEqualTo(403); // toho's row was rejected: not a participant
    }

    private String event(String name, int tables) {
        return (String) Fairs.create(client, organiser, eventJson(name, tables, 10)).get("id");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> meetings(String id) {
        return (List<Map<String, Object>>) Fairs.get(client, "/api/events/" + id + "/schedule", organiser)
                .get("meetings");
    }

    @SuppressWarnings("unchecked")
    private static boolean involves(Map<String, Object> meeting, Map<String, Object> participant) {
        return ((Map<String, Object>) meeting.get("a")).get("id").equals(participant.get("id"))
                || ((Map<String, Object>) meeting.get("b")).get("id").equals(participant.get("id"));
    }

    private void expectConflict(String id, Map<String, Object> meeting, String body, String code) {
        Api.Result result = send(putJson("/api/events/" + id + "/meetings/" + meeting.get("id") + "/placement",
                body), organiser);
        assertThat(result.status()).as(result.body()).isEqualTo(409);
        assertThat(result.error().errors()).as(result.body()).anyMatch(e -> e.code().equals(code));
    }

    private Api.Result send(io.micronaut.http.MutableHttpRequest<?> request, AccountService.Session who) {
        return Api.send(client, request.bearerAuth(who.token()));
    }

    private void profile(AccountService.Session session, String json) {
        client.retrieve(putJson("/api/companies/" + session.user().companyId(), json).bearerAuth(session.token()),
                Map.class);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
