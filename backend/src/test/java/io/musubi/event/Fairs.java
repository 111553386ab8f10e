package io.musubi.event;

import static io.musubi.testing.Api.postJson;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.musubi.account.AccountService;
import io.musubi.testing.Api;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Events, registrations and requests through the real API, for the event tests. */
final class Fairs {
    static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(Argument.mapOf(String.class,
            Object.class));
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private Fairs() {
    }

    /** A valid event body: one session {@code inDays} from today 10:00–12:00 Tokyo, 20-minute slots. */
    static String eventJson(String name, int tables, int inDays) {
        LocalDate day = LocalDate.now(TOKYO).plusDays(inDays);
        return """
                {"names": {"ja": "%s 商談会", "zh": "%s 洽谈会", "en": "%s matching"}, "venue": "東京ビッグサイト",
                 "timeZone": "Asia/Tokyo", "slotMinutes": 20, "tables": %d,
                 "sessions": [{"date": "%s", "start": "10:00", "end": "12:00"}],
                 "breaks": [{"date": "%s", "start": "11:00", "end": "11:20"}],
                 "registrationDeadline": "%sT17:00:00+09:00", "requestDeadline": "%sT17:00:00+09:00",
                 "requestExpiryHours": 48, "maxOutgoingRequests": 3, "defaultMeetingCap": 4}"""
                .formatted(name, name, name, tables, day, day, day.minusDays(1), day.minusDays(1));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> create(BlockingHttpClient client, AccountService.Session organiser, String json) {
        return client.retrieve(postJson("/api/events", json).bearerAuth(organiser.token()), Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> register(BlockingHttpClient client, String eventId, AccountService.Session member,
                                       String role) {
        return client.retrieve(postJson("/api/events/" + eventId + "/participants", """
                {"role": "%s", "offers": "精密加工", "seeks": "five-axis machining"}""".formatted(role))
                .bearerAuth(member.token()), Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> request(BlockingHttpClient client, String eventId, AccountService.Session from,
                                      Object toParticipant, String priority) {
        return client.retrieve(postJson("/api/events/" + eventId + "/requests", """
                {"toParticipantId": "%s", "priority": "%s", "message": "よろしくお願いします"}"""
                .formatted(toParticipant, priority)).bearerAuth(from.token()), Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> answer(BlockingHttpClient client, String eventId, AccountService.Session member,
                                     Object requestId, String verb) {
        return client.retrieve(postJson("/api/events/" + eventId + "/requests/" + requestId + "/" + verb, "")
                .bearerAuth(member.token()), Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> get(BlockingHttpClient client, String uri, AccountService.Session who) {
        return client.retrieve(HttpRequest.GET(uri).bearerAuth(who.token()), Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(BlockingHttpClient client, String uri, AccountService.Session who) {
        return client.retrieve(HttpRequest.GET(uri).bearerAuth(who.token()), LIST);
    }

    static Api.Result send(BlockingHttpClient client, HttpRequest<?> request) {
        return Api.send(client, request);
    }
}
