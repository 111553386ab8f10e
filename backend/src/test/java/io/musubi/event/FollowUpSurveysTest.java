package io.musubi.event;

import static io.musubi.event.Fairs.TOKYO;
import static io.musubi.event.Fairs.answer;
import static io.musubi.event.Fairs.eventJson;
import static io.musubi.event.Fairs.register;
import static io.musubi.event.Fairs.request;
import static io.musubi.testing.Api.postJson;
import static io.musubi.testing.Api.putJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.musubi.account.AccountService;
import io.musubi.platform.Sql;
import io.musubi.platform.security.Role;
import io.musubi.platform.security.SignedLinks;
import io.musubi.testing.Accounts;
import io.musubi.testing.Api;
import io.musubi.testing.ApiAsUsers;
import io.musubi.testing.Mails;
import io.musubi.testing.MutableClock;
import io.musubi.testing.TestServices;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: follow-up surveys after a fair. Managers schedule rounds months after the last day; when one is due each
 * participant with held meetings gets one mail (once, with two runs side by side as on two instances) whose links
 * answer without a login: opening one records nothing, confirming it does, the last answer wins, a changed link is
 * refused. The dashboard's funnel and the outcomes CSV show the answers.
 */
@MicronautTest(transactional = false)
class FollowUpSurveysTest extends ApiAsUsers {
    private static final Pattern SURVEY_LINK = Pattern.compile("https?://\\S+/survey\\?token=(\\S+)");

    @Inject
    MutableClock clock;
    @Inject
    FollowUpSurveys surveys;
    @Inject
    SignedLinks signedLinks;
    @Inject
    Sql sql;

    AccountService.Session organiser;
    AccountService.Session firm;
    AccountService.Session hayashi;
    AccountService.Session absent;

    @BeforeAll
    void people() {
        organiser = Accounts.staff(accounts, client, Role.ORGANISER);
        firm = Accounts.signUp(client, "LARGE_FIRM", "追跡重工業");
        hayashi = Accounts.signUp(client, "SME", "追跡精密");
        absent = Accounts.signUp(client, "SME", "欠席工業");
        client.retrieve(putJson("/api/account/settings", "{\"language\": \"en\"}").bearerAuth(firm.token()),
                Map.class);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void managersScheduleAndTakeBackRoundsAndNobodyElseMay() {
        String id = (String) Fairs.create(client, organiser, eventJson("Rounds", 2, 10)).get("id");
        String rounds = "/api/events/" + id + "/surveys";
        assertThat(fieldErrors(send(postJson(rounds, "{}"), organiser))).containsExactly("monthsAfter:required");
        assertThat(fieldErrors(send(postJson(rounds, "{\"monthsAfter\": 0}"), organiser)))
                .containsExactly("monthsAfter:min");
        assertThat(fieldErrors(send(postJson(rounds, "{\"monthsAfter\": 25}"), organiser)))
                .containsExactly("monthsAfter:max");
        assertThat(send(postJson(rounds, "{\"monthsAfter\": \"soon\"}"), organiser).status()).isEqualTo(400);

        Api.Result created = send(postJson(rounds, "{\"monthsAfter\": 3}"), organiser);
        assertThat(created.status()).isEqualTo(201);
        LocalDate lastDay = LocalDate.now(TOKYO).plusDays(10);
        assertThat(created.body()).contains("\"dueAt\":\"" + lastDay.plusMonths(3) + "T09:00:00+09:00\"",
                "\"sentAt\":null", "\"participantsMailed\":0");
        Api.Result again = send(postJson(rounds, "{\"monthsAfter\": 3}"), organiser);
        assertThat(again.status()).isEqualTo(409);
        assertThat(fieldErrors(again)).containsExactly("monthsAfter:duplicate");
        send(postJson(rounds, "{\"monthsAfter\": 6}"), organiser);
        List<Map<String, Object>> listed = Fairs.list(client, rounds, organiser);
        assertThat(listed).extracting(r -> r.get("monthsAfter")).containsExactly(3, 6);

        AccountService.Session otherOrganiser = Accounts.staff(accounts, client, Role.ORGANISER);
        String roundId = (String) listed.get(0).get("id");
        for (AccountService.Session outsider : List.of(otherOrganiser, hayashi)) {
            assertThat(send(HttpRequest.GET(rounds), outsider).status()).isEqualTo(403);
            assertThat(send(postJson(rounds, "{\"monthsAfter\": 9}"), outsider).status()).isEqualTo(403);
            assertThat(send(HttpRequest.DELETE(rounds + "/" + roundId), outsider).status()).isEqualTo(403);
        }
        assertThat(Api.send(client, HttpRequest.GET(rounds)).status()).isEqualTo(401);
        assertThat(send(HttpRequest.DELETE(rounds + "/" + UUID.randomUUID()), organiser).status()).isEqualTo(404);
        assertThat(send(HttpRequest.GET("/api/events/" + UUID.randomUUID() + "/surveys"), organiser).status())
                .isEqualTo(404);

        assertThat(send(HttpRequest.DELETE(rounds + "/" + roundId), organiser).status()).isEqualTo(204);
        assertThat(Fairs.list(client, rounds, organiser)).extracting(r -> r.get("monthsAfter")).containsExactly(6);
    }

    @Test
    @SuppressWarnings("unchecked")
    void dueRoundsMailEachParticipantWithHeldMeetingsOnceAndItsLinksAnswerWithoutLogin() throws Exception {
        String id = (String) Fairs.create(client, organiser, eventJson("Follow-up", 2, 10)).get("id");
        register(client, id, firm, "LARGE_FIRM");
        Map<String, Object> met = register(client, id, hayashi, "EXHIBITOR");
        Map<String, Object> missed = register(client, id, absent, "EXHIBITOR");
        answer(client, id, hayashi, request(client, id, firm, met.get("id"), "MUST_MEET").get("id"), "accept");
        answer(client, id, absent, request(client, id, firm, missed.get("id"), "WOULD_LIKE").get("id"), "accept");
        client.retrieve(postJson("/api/events/" + id + "/schedule/run", "").bearerAuth(organiser.token()), Map.class);
        String heldMeeting = meetingOf(id, hayashi);
        clock.advance(Duration.ofDays(11)); // the fair is over
        client.retrieve(putJson("/api/events/" + id + "/meetings/" + heldMeeting + "/outcome",
                "{\"outcome\": \"BUSINESS_TALKS\"}").bearerAuth(hayashi.token()), Map.class);
        client.retrieve(putJson("/api/events/" + id + "/meetings/" + meetingOf(id, absent) + "/outcome",
                "{\"outcome\": \"NO_SHOW\"}").bearerAuth(absent.token()), Map.class);
        String rounds = "/api/events/" + id + "/surveys";
        String three = (String) client.retrieve(postJson(rounds, "{\"monthsAfter\": 3}")
                .bearerAuth(organiser.token()), Map.class).get("id");
        client.retrieve(postJson(rounds, "{\"monthsAfter\": 6}").bearerAuth(organiser.token()), Map.class);
        Instant due = LocalDate.now(TOKYO).plusDays(10).plusMonths(3).atTime(9, 0).atZone(TOKYO).toInstant();

        clock.setTo(due.minus(Duration.ofHours(1)));
        assertThat(surveys.sendDue()).as("before it is due").isZero();
        assertThat(surveyMails(three)).isZero();

        clock.setTo(due.plus(Duration.ofMinutes(5)));
        assertThat(sideBySide()).as("the firm and Hayashi, each once").isEqualTo(2);
        assertThat(sideBySide()).as("nothing twice").isZero();
        assertThat(surveyMails(three)).isEqualTo(2);
        assertThat(sql.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND idempotency_key LIKE "
                + "'follow-up-survey:%'", absent.user().email())).as("its only meeting was a no-show").isZero();
        List<Map<String, Object>> listed = Fairs.list(client, rounds, organiser);
        assertThat(listed.get(0)).containsEntry("participantsMailed", 2).containsEntry("asked", 2);
        assertThat(listed.get(0).get("sentAt")).isNotNull();
        assertThat(listed.get(1).get("sentAt")).as("6 months: not yet").isNull();
        Api.Result takeBack = send(HttpRequest.DELETE(rounds + "/" + three), organiser);
        assertThat(takeBack.status()).isEqualTo(409);
        assertThat(fieldErrors(takeBack)).containsExactly("roundId:sent");

        MimeMessage mailToFirm = Mails.awaitMailWithSubject(TestServices.smtp(), firm.user().email(),
                "what came of your meetings");
        assertThat(Mails.part(mailToFirm, "text/plain")).contains("追跡精密", "In talks", "Partnership agreement")
                .doesNotContain("欠席工業");
        assertThat(Mails.part(mailToFirm, "text/html")).contains("<a href=\"http");
        List<String> firmLinks = tokens(mailToFirm);
        assertThat(firmLinks).hasSize(SurveyAnswer.values().length);
        MimeMessage mailToHayashi = Mails.awaitMailWithSubject(TestServices.smtp(), hayashi.user().email(),
                "アンケート");
        assertThat(Mails.part(mailToHayashi, "text/plain")).contains("追跡重工業", "商談継続中");
        List<String> hayashiLinks = tokens(mailToHayashi);

        // opening a link (as a mail scanner would) says what it would record and records nothing
        String inTalks = hayashiLinks.get(SurveyAnswer.IN_TALKS.ordinal());
        Map<String, Object> preview = client.retrieve(HttpRequest.GET("/api/surveys/answer?token="
                + URLEncoder.encode(inTalks, StandardCharsets.UTF_8)), Map.class);
        assertThat(preview).containsEntry("answer", "IN_TALKS").containsEntry("recorded", null)
                .containsEntry("meetingId", heldMeeting).containsEntry("monthsAfter", 3);
        assertThat(((Map<String, Object>) preview.get("counterpartNames")).get("ja")).isEqualTo("追跡重工業");
        assertThat(answers(three)).isEmpty();

        // confirming records it; another link of the same meeting replaces it
        assertThat(confirm(hayashiLinks.get(SurveyAnswer.CONTRACT.ordinal())).body()).contains("\"recorded\":\"CONTRACT\"");
        assertThat(confirm(inTalks).body()).contains("\"recorded\":\"IN_TALKS\"");
        assertThat(confirm(firmLinks.get(SurveyAnswer.SAMPLE_OR_TRIAL_ORDER.ordinal())).status()).isEqualTo(200);
        List<String> recorded = answers(three);
        assertThat(recorded).containsExactlyInAnyOrder("IN_TALKS", "SAMPLE_OR_TRIAL_ORDER");

        // a changed, foreign or malformed token is refused, naming the token, and changes nothing
        String[] parts = inTalks.split("\\.");
        String otherAnswer = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                        .replace("IN_TALKS", "CONTRACT").getBytes(StandardCharsets.UTF_8));
        String foreign = signedLinks.sign("unsubscribe", three + ":" + heldMeeting + ":" + met.get("id")
                + ":CONTRACT");
        for (String bad : List.of(otherAnswer + "." + parts[1], inTalks.substring(0, inTalks.length() - 2) + "xx",
                foreign, "not-a-token", "")) {
            Api.Result refused = confirm(bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.error().errors()).extracting(e -> e.field()).containsExactly("token");
            assertThat(Api.send(client, HttpRequest.GET("/api/surveys/answer?token="
                    + URLEncoder.encode(bad, StandardCharsets.UTF_8))).status()).isEqualTo(400);
        }
        assertThat(answers(three)).isEqualTo(recorded);

        Map<String, Object> funnel = (Map<String, Object>) Fairs.get(client, "/api/events/" + id + "/dashboard",
                organiser).get("funnel");
        assertThat(funnel).containsEntry("requests", 2).containsEntry("accepted", 2).containsEntry("held", 1)
                .containsEntry("businessTalks", 1).containsEntry("deals", 0);
        List<Map<String, Object>> byRound = (List<Map<String, Object>>) funnel.get("rounds");
        assertThat(byRound.get(0)).containsEntry("monthsAfter", 3).containsEntry("asked", 2)
                .containsEntry("answered", 2).containsEntry("businessTalks", 1).containsEntry("deals", 1);
        assertThat((Map<String, Object>) byRound.get(0).get("answers")).containsEntry("IN_TALKS", 1)
                .containsEntry("SAMPLE_OR_TRIAL_ORDER", 1).containsEntry("CONTRACT", 0);
        assertThat(byRound.get(1)).containsEntry("monthsAfter", 6).containsEntry("asked", 0)
                .containsEntry("answered", 0);

        String csv = client.retrieve(HttpRequest.GET("/api/events/" + id + "/outcomes.csv")
                .bearerAuth(organiser.token()), String.class);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).endsWith(",outcome,note,survey_3m,survey_6m");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(heldMeeting).contains("追跡精密,EXHIBITOR")
                .endsWith("BUSINESS_TALKS,,IN_TALKS,"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(heldMeeting)
                .contains("追跡重工業,LARGE_FIRM").endsWith(",,SAMPLE_OR_TRIAL_ORDER,"));
    }

    /** Two runs at once, as two app instances would; answers how many participants they mailed together. */
    private int sideBySide() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.of(surveys::sendDue, surveys::sendDue));
            return runs.get(0).get() + runs.get(1).get();
        } finally {
            pool.shutdown();
        }
    }

    private Api.Result send(MutableHttpRequest<?> request, AccountService.Session who) {
        return Api.send(client, request.bearerAuth(who.token()));
    }

    private Api.Result confirm(String token) {
        return Api.send(client, postJson("/api/surveys/answer", "{\"token\": \"" + token + "\"}"));
    }

    private static List<String> fieldErrors(Api.Result result) {
        return result.error().errors().stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    private String meetingOf(String eventId, AccountService.Session side) {
        Map<String, Object> agenda = Fairs.get(client, "/api/events/" + eventId + "/agenda", side);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) agenda.get("items");
        return (String) items.get(0).get("meetingId");
    }

    private long surveyMails(String roundId) {
        return sql.count("SELECT COUNT(*) FROM mail_outbox WHERE idempotency_key LIKE ?",
                "follow-up-survey:" + roundId + ":%");
    }

    private List<String> answers(String roundId) {
        return sql.list("SELECT answer FROM survey_answer WHERE round_id = ? ORDER BY answer",
                r -> r.getString(1), UUID.fromString(roundId));
    }

    /** The tokens of a survey mail's links, in the order of the text (for one meeting: one per answer). */
    private static List<String> tokens(MimeMessage mail) {
        Matcher links = SURVEY_LINK.matcher(Mails.part(mail, "text/plain"));
        List<String> tokens = new ArrayList<>();
        while (links.find()) {
            tokens.add(links.group(1));
        }
        return tokens;
    }
}
