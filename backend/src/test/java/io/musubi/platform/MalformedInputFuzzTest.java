package io.musubi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.testing.Accounts;
import io.musubi.testing.RealServices;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Throws generated malformed requests at every write endpoint: broken and truncated JSON, wrong types, unknown
 * enum values, oversize strings and lists, deep nesting, lone surrogates, invalid UTF-8, markup. Not one may answer
 * 5xx; every refusal must carry the API's error shape. Seeded, so a failure replays.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputFuzzTest implements RealServices {
    private static final int REQUESTS = 1_800;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Map<String, String> extraProperties() {
        return Map.of("musubi.indexer.enabled", "false");
    }

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient http;

    final java.net.http.HttpClient raw = java.net.http.HttpClient.newHttpClient();
    final Map<String, String> validBodies = new LinkedHashMap<>();
    AccountService.Session sme;
    AccountService.Session firm;
    AccountService.Session organiser;
    String eventId;
    String firmParticipant;

    @Inject
    AccountService accounts;

    @BeforeAll
    void accountsAndRecords() throws Exception {
        BlockingHttpClient client = http.toBlocking();
        sme = Accounts.signUp(client, "SME", "Fuzz SME");
        firm = Accounts.signUp(client, "LARGE_FIRM", "Fuzz Firm");
        String today = LocalDate.now().toString();
        String later = LocalDate.now().plusDays(90).toString();
        validBodies.put("POST /api/needs", """
                {"titles": {"ja": "需要", "en": "need"}, "descriptions": {"en": "d"}, "technologies": ["cutting"],
                 "certifications": ["ISO_9001"], "certificationsRequired": true, "quantity": "10",
                 "deadline": "%s", "preferredRegions": ["JP-27"], "status": "OPEN", "anonymous": false}"""
                .formatted(later));
        validBodies.put("POST /api/capacities", """
                {"kind": "EQUIPMENT", "titles": {"en": "lathe"}, "specifications": {"ja": "旋盤"},
                 "technologies": ["cnc-turning"], "country": "JP", "region": "JP-13", "availableFrom": "%s",
                 "availableTo": "%s", "amountPerMonth": 100, "unit": "HOURS", "terms": "t", "status": "OPEN"}"""
                .formatted(today, later));
        validBodies.put("PUT /api/companies/{sme}", """
                {"kind": "SME", "names": {"ja": "会社"}, "headlines": {"en": "h"}, "descriptions": {"zh": "描述"},
                 "technologies": ["cutting"], "freeTerms": ["x"], "products": ["p"], "materials": ["m"],
                 "equipment": [{"type": "lathe", "maker": "Okuma", "model": "LB", "count": 2, "maxWorkSize": "300"}],
                 "country": "JP", "region": "JP-27", "industry": "MANUFACTURING",
                 "capital": {"amount": 1000000, "currency": "JPY"}, "employees": 10, "foundedYear": 1990,
                 "website": "https://x.example", "contact": {"person": "p", "email": "a@b.example", "phone": "+81 3"},
                 "designations": {"srdiProvincialYear": 2021, "littleGiantYear": 2023}}""");
        validBodies.put("POST /api/companies/{sme}/certifications", """
                {"standard": "ISO_9001", "number": "1", "issuer": "JQA", "validUntil": "%s"}""".formatted(later));
        validBodies.put("POST /api/inquiries", """
                {"subjectType": "COMPANY", "subjectId": "%s", "message": "hello"}"""
                .formatted(firm.user().companyId()));
        validBodies.put("POST /api/auth/signup", """
                {"email": "f@x.example", "password": "結びは長い合言葉で守られる🤝", "displayName": "F",
                 "company": {"kind": "SME", "names": {"en": "F"}, "country": "JP", "industry": "RETAIL"}}""");
        validBodies.put("POST /api/auth/login", """
                {"email": "nobody@x.example", "password": "wrong password"}""");
        validBodies.put("POST /api/companies/{sme}/verification", "{\"verified\": true}");
        validBodies.put("POST /api/auth/password-reset", "{\"email\": \"nobody@x.example\"}");
        validBodies.put("POST /api/auth/password-reset/confirm", """
                {"token": "not-a-token", "password": "結びは長い合言葉で守られる🤝"}""");
        validBodies.put("PUT /api/account/settings", "{\"language\": \"zh\"}");
        validBodies.put("POST /api/saved-searches", """
                {"name": "チタン", "query": "q=%E3%83%81%E3%82%BF%E3%83%B3&kind=company&country=JP", "frequency": "WEEKLY"}""");
        validBodies.put("POST /api/notifications/read", "{\"ids\": [\"%s\"], \"all\": false}"
                .formatted(java.util.UUID.randomUUID()));
        validBodies.put("PUT /api/notifications/preferences", """
                {"preferences": {"INQUIRY_RECEIVED": "DAILY", "MEETING_REQUEST_RECEIVED": "OFF"}}""");
        validBodies.put("POST /api/notifications/unsubscribe?token=not.signed", "{\"reason\": \"ignored\"}");
        logoutSession = Accounts.signUp(client, "SME", "Fuzz Logout"); // logged out by the first valid request
        validBodies.put("POST /api/auth/logout", "{\"reason\": \"done for today\"}"); // the body is ignored
        validBodies.put("POST /api/auth/password", """
                {"currentPassword": "not the current one", "newPassword": "結びは長い合言葉で守られる🤝"}""");
        organiser = Accounts.staff(accounts, client, io.musubi.platform.security.Role.ORGANISER);
        LocalDate day = LocalDate.now().plusDays(20);
        String event = """
                {"names": {"ja": "商談会", "en": "Fair"}, "venue": "Tokyo", "timeZone": "Asia/Tokyo", "slotMinutes": 20,
                 "tables": 5, "sessions": [{"date": "%s", "start": "10:00", "end": "12:00"}],
                 "breaks": [{"date": "%s", "start": "11:00", "end": "11:20"}],
                 "registrationDeadline": "%sT17:00:00+09:00", "requestDeadline": "%sT17:00:00+09:00",
                 "requestExpiryHours": 48, "maxOutgoingRequests": 3, "defaultMeetingCap": 4, "version": 0}"""
                .formatted(day, day, day.minusDays(3), day.minusDays(2));
        eventId = client.retrieve(io.micronaut.http.HttpRequest.POST("/api/events", event)
                .bearerAuth(organiser.token()), Map.class).get("id").toString();
        firmParticipant = client.retrieve(io.micronaut.http.HttpRequest.POST("/api/events/" + eventId
                + "/participants", "{\"role\": \"LARGE_FIRM\"}").bearerAuth(firm.token()), Map.class)
                .get("id").toString();
        validBodies.put("POST /api/events", event);
        validBodies.put("PUT /api/events/{event}", event);
        validBodies.put("POST /api/events/{event}/participants", """
                {"role": "EXHIBITOR", "offers": "旋盤加工", "seeks": "buyers", "maxMeetings": 3,
                 "unavailableSlots": [0, 5]}""");
        validBodies.put("POST /api/events/{event}/schedule/publish", "{\"note\": \"ignored\"}");
        validBodies.put("POST /api/events/{event}/surveys", "{\"monthsAfter\": 3}");
        validBodies.put("POST /api/surveys/answer", "{\"token\": \"not.signed\"}");
        validBodies.put("POST /api/events/{event}/requests", """
                {"toParticipantId": "%s", "priority": "MUST_MEET", "message": "よろしく"}""".formatted(firmParticipant));
        client.retrieve(io.micronaut.http.HttpRequest.POST("/api/events/" + eventId + "/participants",
                "{\"role\": \"EXHIBITOR\"}").bearerAuth(sme.token()), Map.class);
        AccountService.Session coordinator = Accounts.staff(accounts, client,
                io.musubi.platform.security.Role.COORDINATOR);
        introductionId = client.retrieve(io.micronaut.http.HttpRequest.POST("/api/introductions", """
                {"companyA": "%s", "companyB": "%s"}""".formatted(sme.user().companyId(), firm.user().companyId()))
                .bearerAuth(coordinator.token()), Map.class).get("id").toString();
        validBodies.put("POST /api/introductions/{introduction}/consent", "{\"accept\": true}");
        validBodies.put("POST /api/companies/{sme}/invitations", """
                {"email": "colleague@x.example", "companyRole": "MEMBER", "language": "zh"}""");
        validBodies.put("PUT /api/companies/{sme}/members/{smeUser}", "{\"companyRole\": \"OWNER\"}");
        String invited = io.musubi.testing.Accounts.newEmail();
        client.exchange(io.musubi.testing.Api.postJson("/api/companies/" + sme.user().companyId() + "/invitations",
                "{\"email\": \"" + invited + "\", \"companyRole\": \"MEMBER\"}").bearerAuth(sme.token()));
        invitationToken = io.musubi.testing.Teams.invitationToken(io.musubi.testing.Mails.awaitMailWithLink(
                io.musubi.testing.TestServices.smtp(), invited, "/invitations/"));
        validBodies.put("POST /api/invitations/{invitation}/accept", """
                {"displayName": "同僚", "password": "結びは長い合言葉で守られる🤝", "language": "ja"}""");
        validBodies.put("POST /api/auth/confirm-email", "{\"token\": \"not-a-token\"}");
        // well-formed but with a wrong password: they must refuse with 400, never delete
        validBodies.put("DELETE /api/account", "{\"password\": \"not the password\"}");
        validBodies.put("DELETE /api/companies/{sme}", "{\"password\": \"not the password\"}");
        // endpoints without a body: whatever is sent is ignored (hand-over to oneself is 400, the last owner
        // leaving is 409, a confirmed address asking for a new link is a no-op)
        validBodies.put("POST /api/auth/confirm-email/resend", "{\"reason\": \"lost it\"}");
        validBodies.put("POST /api/companies/{sme}/members/{smeUser}/hand-over", "{\"note\": \"ignored\"}");
        validBodies.put("DELETE /api/companies/{sme}/members/{smeUser}", "{\"note\": \"ignored\"}");
    }

    String invitationToken;

    String introductionId;
    AccountService.Session logoutSession;

    @Test
    void aThousandMalformedWritesGetFourHundredsNeverAFiveHundred() throws Exception {
        Random random = new Random(20261124);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<String> endpoints = new ArrayList<>(validBodies.keySet());
        for (int i = 0; i < REQUESTS; i++) {
            String endpoint = endpoints.get(i % endpoints.size());
            byte[] body = mutate(validBodies.get(endpoint), random);
            String[] parts = endpoint.split(" ");
            String path = parts[1].replace("{sme}", sme.user().companyId().toString()).replace("{event}", eventId)
                    .replace("{introduction}", introductionId)
                    .replace("{smeUser}", sme.user().id().toString()).replace("{invitation}", invitationToken);
            String token = endpoint.endsWith("/logout") ? logoutSession.token()
                    : endpoint.contains("/api/needs") ? firm.token()
                    : endpoint.endsWith("/api/events") || endpoint.endsWith("{event}")
                            || endpoint.endsWith("{event}/surveys") ? organiser.token()
                    : sme.token();
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", random.nextInt(10) == 0 ? oddHeaderValue(random) : "Bearer " + token)
                    .method(parts[0], HttpRequest.BodyPublishers.ofByteArray(body));
            if (random.nextInt(4) == 0) { // proxies' and browsers' headers with values nobody should trust
                builder.header("X-Forwarded-For", oddHeaderValue(random))
                        .header("Accept-Language", oddHeaderValue(random))
                        .header("X-Admin-Token", oddHeaderValue(random));
            }
            HttpRequest request = builder.build();
            HttpResponse<String> response;
            try {
                response = raw.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                failures.add(endpoint + " ← " + preview(body) + " headers " + request.headers().map().entrySet()
                        .stream().map(h -> h.getKey() + ":" + String.join(",", h.getValue()).length()).toList()
                        + " → " + e);
                continue;
            }
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() >= 500) {
                failures.add(endpoint + " ← " + preview(body) + " → " + response.statusCode() + " " + response.body());
            } else if (response.statusCode() >= 400 && !hasErrorShape(response.body())) {
                failures.add(endpoint + " ← " + preview(body) + " → no error shape: " + response.body());
            }
        }
        System.out.println("Fuzz: " + REQUESTS + " malformed requests, statuses " + statuses);
        assertThat(failures).as("server errors or shapeless refusals").isEmpty();
        assertThat(statuses.keySet()).allMatch(s -> s < 500);
        assertThat(statuses.getOrDefault(400, 0)).isGreaterThan(REQUESTS / 2);
    }

    private static boolean hasErrorShape(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node.hasNonNull("status") && node.hasNonNull("error") && node.has("errors");
        } catch (Exception e) {
            return false;
        }
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
    }

    /**
     * Header values a client may send: garbage, long, multibyte (encoded as Latin-1 bytes), many commas. Headers over
     * the server's 8 KB are refused before any of this (SecurityRegressionTest).
     */
    private static String oddHeaderValue(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "x".repeat(1000 + random.nextInt(1000)); // all headers together stay within 8 KB
            case 1 -> "1.2.3.4, ".repeat(200) + "::1";
            case 2 -> new String("結び🤝".repeat(50).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            case 3 -> "Bearer " + "eyJ" + "A".repeat(random.nextInt(2000)) + ".e30.";
            case 4 -> "not-an-ip, 999.999.999.999, [zz::1]";
            default -> "";
        };
    }

    /** One of a dozen ways to break a valid body. */
    static byte[] mutate(String valid, Random random) throws Exception {
        switch (random.nextInt(13)) {
            case 12: // larger than any JSON body may be (1 MB)
                return (valid.substring(0, valid.length() - 1) + ", \"padding\": \""
                        + "結".repeat(400_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 0: // truncated
                return valid.substring(0, random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8);
            case 1: // invalid UTF-8 and control bytes
                byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
                for (int k = 0; k < 3; k++) {
                    bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x40));
                }
                return bytes;
            case 2: // a syntax character removed or doubled
                int at = random.nextInt(valid.length());
                return (valid.substring(0, at) + (random.nextBoolean() ? "" : "{[\",:".charAt(random.nextInt(5)))
                        + valid.substring(Math.min(valid.length(), at + 1))).getBytes(StandardCharsets.UTF_8);
            case 3: // deep nesting
                return ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            case 4: // not an object
                String[] others = {"null", "42", "\"text\"", "[]", "true", "", " ", "{}", "{\"\":{}}"};
                return others[random.nextInt(others.length)].getBytes(StandardCharsets.UTF_8);
            default: // structurally valid JSON with a bad value somewhere
                ObjectNode node = (ObjectNode) JSON.readTree(valid);
                List<ObjectNode> parents = new ArrayList<>();
                List<String> fields = new ArrayList<>();
                collect(node, parents, fields);
                int pick = random.nextInt(fields.size());
                parents.get(pick).set(fields.get(pick), badValue(random));
                if (random.nextInt(4) == 0) {
                    node.put("unexpectedField" + random.nextInt(9), "surprise");
                }
                return JSON.writeValueAsBytes(node);
        }
    }

    private static void collect(ObjectNode node, List<ObjectNode> parents, List<String> fields) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> field = it.next();
            parents.add(node);
            fields.add(field.getKey());
            if (field.getValue() instanceof ObjectNode child) {
                collect(child, parents, fields);
            }
        }
    }

    private static JsonNode badValue(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(16)) {
            case 14 -> f.textNode(multibyte(random, 1 + random.nextInt(200))); // long passphrases of CJK and emoji
            case 15 -> f.textNode(multibyte(random, 201 + random.nextInt(5000)));
            case 0 -> f.textNode("x".repeat(20_000 + random.nextInt(50_000)));
            case 1 -> f.numberNode(-1);
            case 2 -> f.numberNode(new java.math.BigDecimal("1e400"));
            case 3 -> f.textNode("NOT_AN_ENUM_VALUE");
            case 4 -> f.nullNode();
            case 5 -> f.objectNode().put("nested", "object");
            case 6 -> {
                ArrayNode list = f.arrayNode();
                for (int k = 0; k < 2000; k++) {
                    list.add("item" + k);
                }
                yield list;
            }
            case 7 -> f.textNode("\ud800 lone surrogate \udfff");
            case 8 -> f.textNode("<script>alert(1)</script><img src=x onerror=alert(2)>");
            case 9 -> f.numberNode(99_999_999_999_999_999L);
            case 10 -> f.booleanNode(true);
            case 11 -> f.textNode("2026-13-45");
            case 12 -> f.arrayNode().add(f.objectNode()).add(f.nullNode()).add(3);
            default -> f.textNode("");
        };
    }

    private static String multibyte(Random random, int codePoints) {
        int[] alphabet = {0x7D50, 0x3073, 0x4E2D, 0x5C0F, 0x5DE8, 0x4EBA, 0x1F91D, 0x1F3ED, 0xAC00, 0x3042, 0x20BB7};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
        }
        return text.toString();
    }
}
