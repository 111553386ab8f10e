package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The funnel of a fair and what its follow-up surveys found, for the organiser's dashboard and the outcomes CSV.
 *
 * <p>At the fair: requests (meeting requests sent) → accepted (meetings) → held ({@link Outcomes#HELD}) → business
 * talks (held meetings with an outcome BUSINESS_TALKS or DEAL from either side) → deals (DEAL from either side). In a
 * survey round the first three stages are the fair's; business talks are the held meetings a side answered
 * {@code IN_TALKS} or better in that round ({@code IN_TALKS}, {@code SAMPLE_OR_TRIAL_ORDER}, {@code CONTRACT},
 * {@code PARTNERSHIP_AGREEMENT}), deals those a side answered {@code SAMPLE_OR_TRIAL_ORDER}, {@code CONTRACT} or
 * {@code PARTNERSHIP_AGREEMENT}. A round also counts the sides asked (one per meeting and side mailed) and answered,
 * and each answer.
 */
@Singleton
class FollowUpFigures {
    private final Sql sql;

    FollowUpFigures(Sql sql) {
        this.sql = sql;
    }

    @Serdeable
    public record RoundFunnel(UUID roundId, int monthsAfter, @Nullable Instant sentAt, long asked, long answered,
                              long businessTalks, long deals, Map<String, Long> answers) {
    }

    @Serdeable
    public record Funnel(long requests, long accepted, long held, long businessTalks, long deals,
                         List<RoundFunnel> rounds) {
    }

    /** The survey rounds' answers for the CSV: the rounds, earliest first, and each side's answer per round. */
    record Answers(List<Column> rounds, Map<String, SurveyAnswer> byKey) {
        @Nullable
        SurveyAnswer of(UUID roundId, UUID meetingId, UUID participantId) {
            return byKey.get(roundId + ":" + meetingId + ":" + participantId);
        }
    }

    record Column(UUID roundId, int monthsAfter) {
        String header() {
            return "survey_" + monthsAfter + "m";
        }
    }

    Funnel funnel(UUID eventId) {
        long[] fair = sql.one("""
                SELECT (SELECT COUNT(*) FROM meeting_request WHERE event_id = ?),
                       (SELECT COUNT(*) FROM meeting WHERE event_id = ?),
                       COUNT(*),
                       COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM meeting_outcome o WHERE o.meeting_id = m.id
                                                      AND o.outcome IN ('BUSINESS_TALKS', 'DEAL'))),
                       COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM meeting_outcome o WHERE o.meeting_id = m.id
                                                      AND o.outcome = 'DEAL'))
                FROM meeting m WHERE m.event_id = ? AND %s""".formatted(Outcomes.HELD),
                r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)},
                eventId, eventId, eventId).orElseThrow();
        Map<UUID, Map<String, Long>> answers = new HashMap<>();
        sql.list("""
                SELECT a.round_id, a.answer, COUNT(*) FROM survey_answer a JOIN survey_round r ON r.id = a.round_id
                WHERE r.event_id = ? GROUP BY a.round_id, a.answer""", r -> answers.computeIfAbsent(
                r.getObject(1, UUID.class), k -> zeros()).put(r.getString(2), r.getLong(3)),
                eventId);
        List<RoundFunnel> rounds = sql.list("""
                SELECT r.id, r.months_after, r.sent_at,
                       (SELECT COALESCE(SUM(s.meetings), 0) FROM survey_mailing s WHERE s.round_id = r.id),
                       (SELECT COUNT(*) FROM survey_answer a WHERE a.round_id = r.id),
                       (SELECT COUNT(DISTINCT a.meeting_id) FROM survey_answer a WHERE a.round_id = r.id
                          AND a.answer <> 'NO_FURTHER_CONTACT'),
                       (SELECT COUNT(DISTINCT a.meeting_id) FROM survey_answer a WHERE a.round_id = r.id
                          AND a.answer IN ('SAMPLE_OR_TRIAL_ORDER', 'CONTRACT', 'PARTNERSHIP_AGREEMENT'))
                FROM survey_round r WHERE r.event_id = ? ORDER BY r.months_after""",
                r -> new RoundFunnel(r.getObject(1, UUID.class), r.getInt(2), Sql.instant(r, "sent_at"),
                        r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7),
                        answers.getOrDefault(r.getObject(1, UUID.class), zeros())), eventId);
        return new Funnel(fair[0], fair[1], fair[2], fair[3], fair[4], rounds);
    }

    Answers answers(UUID eventId) {
        List<Column> rounds = sql.list("SELECT id, months_after FROM survey_round WHERE event_id = ? "
                + "ORDER BY months_after", r -> new Column(r.getObject(1, UUID.class), r.getInt(2)), eventId);
        Map<String, SurveyAnswer> byKey = new HashMap<>();
        sql.list("""
                SELECT a.round_id || ':' || a.meeting_id || ':' || a.participant_id, a.answer
                FROM survey_answer a JOIN survey_round r ON r.id = a.round_id WHERE r.event_id = ?""",
                r -> byKey.put(r.getString(1), SurveyAnswer.valueOf(r.getString(2))), eventId);
        return new Answers(rounds, byKey);
    }

    /** Every answer's count, 0 where nobody gave it. */
    private static Map<String, Long> zeros() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SurveyAnswer answer : SurveyAnswer.values()) {
            counts.put(answer.name(), 0L);
        }
        return counts;
    }
}
