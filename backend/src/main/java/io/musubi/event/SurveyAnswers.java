package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.Sql;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The one-click answers of a survey mail, without a login: reading a link only says what it would record (mail
 * scanners open links), confirming it records the answer for that meeting and side in that round; a later click on
 * another link of the same meeting replaces it.
 */
@Singleton
class SurveyAnswers {
    private final Sql sql;
    private final EventService events;
    private final SurveyLinks links;

    SurveyAnswers(Sql sql, EventService events, SurveyLinks links) {
        this.sql = sql;
        this.events = events;
        this.links = links;
    }

    @Serdeable
    record AnswerRequest(@Nullable String token) {
    }

    /**
     * What a link asks and answers: the event and round, the meeting (its start, the other side), the answer the link
     * carries, and the answer recorded for this meeting and side in this round so far (null: none).
     */
    @Serdeable
    record Question(UUID eventId, Localized eventNames, int monthsAfter, UUID meetingId,
                    @Nullable OffsetDateTime meetingStart, Localized participantNames, Localized counterpartNames,
                    SurveyAnswer answer, @Nullable SurveyAnswer recorded, @Nullable Instant answeredAt) {
    }

    @Transactional(readOnly = true)
    Question preview(@Nullable String token) {
        return question(target(token));
    }

    @Transactional
    Question record(@Nullable String token) {
        SurveyLinks.Target target = target(token);
        question(target); // the round, meeting and side still exist, and the side was asked
        sql.update("""
                INSERT INTO survey_answer (round_id, meeting_id, participant_id, answer, answered_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (round_id, meeting_id, participant_id) DO UPDATE
                SET answer = EXCLUDED.answer, answered_at = EXCLUDED.answered_at""", target.roundId(),
                target.meetingId(), target.participantId(), target.answer(), events.now());
        return question(target);
    }

    private SurveyLinks.Target target(@Nullable String token) {
        if (token == null || token.isBlank()) {
            throw ApiException.invalid("token", "required", "is required");
        }
        return links.read(token).orElseThrow(() -> ApiException.invalid("token", "invalid",
                "is not a valid survey link"));
    }

    private Question question(SurveyLinks.Target target) {
        record Row(UUID eventId, int months, Integer slot, Localized mine, Localized other, String recorded,
                   Instant answeredAt) {
        }
        Row row = sql.one("""
                SELECT r.event_id, r.months_after, m.slot, mc.name_ja, mc.name_zh, mc.name_en,
                       oc.name_ja, oc.name_zh, oc.name_en, a.answer, a.answered_at
                FROM survey_round r
                JOIN survey_mailing s ON s.round_id = r.id AND s.participant_id = ?
                JOIN meeting m ON m.id = ? AND m.event_id = r.event_id
                  AND s.participant_id IN (m.participant_a, m.participant_b)
                JOIN fair_participant me ON me.id = s.participant_id
                JOIN company_directory mc ON mc.id = me.company_id
                JOIN fair_participant other ON other.id = CASE WHEN m.participant_a = s.participant_id
                                                          THEN m.participant_b ELSE m.participant_a END
                JOIN company_directory oc ON oc.id = other.company_id
                LEFT JOIN survey_answer a ON a.round_id = r.id AND a.meeting_id = m.id
                  AND a.participant_id = s.participant_id
                WHERE r.id = ?""", r -> new Row(r.getObject(1, UUID.class), r.getInt(2), (Integer) r.getObject(3),
                new Localized(r.getString(4), r.getString(5), r.getString(6)),
                new Localized(r.getString(7), r.getString(8), r.getString(9)), r.getString(10),
                Sql.instant(r, "answered_at")), target.participantId(), target.meetingId(), target.roundId())
                .orElseThrow(() -> ApiException.invalid("token", "unknown",
                        "names a survey question that no longer exists"));
        FairEvent event = events.require(row.eventId());
        OffsetDateTime start = row.slot() == null || row.slot() >= event.timetable().size() ? null
                : event.timetable().slot(row.slot()).start();
        return new Question(event.id(), event.names(), row.months(), target.meetingId(), start, row.mine(),
                row.other(), target.answer(), row.recorded() == null ? null : SurveyAnswer.valueOf(row.recorded()),
                row.answeredAt());
    }
}
