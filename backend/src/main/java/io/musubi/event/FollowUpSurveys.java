package io.musubi.event;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.musubi.platform.Batches;
import io.musubi.platform.Sql;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jakarta.inject.Singleton;

/**
 * Sends the follow-up survey rounds that are due: each participant with held meetings in the event gets one mail (per
 * member of its company, {@link SurveyMails}). A batch holds the round's row ({@code FOR UPDATE SKIP LOCKED}: another
 * instance leaves it alone meanwhile) and claims up to {@link #BATCH} participants with a {@code survey_mailing} row in
 * the mails' transaction, so each participant is mailed once per round across instances, and a restarted app catches up
 * with what it had not sent. The round is marked sent when a batch finds nobody left.
 */
@Singleton
class FollowUpSurveys {
    static final int BATCH = 200;

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    private final EventService events;
    private final SurveyRounds rounds;
    private final SurveyMails mails;

    FollowUpSurveys(Sql sql, TransactionOperations<Connection> transactions, EventService events, SurveyRounds rounds,
                    SurveyMails mails) {
        this.sql = sql;
        this.transactions = transactions;
        this.events = events;
        this.rounds = rounds;
        this.mails = mails;
    }

    @Scheduled(fixedDelay = "${musubi.events.survey-interval:15m}", initialDelay = "2m")
    void run() {
        sendDue();
    }

    /** Sends what is due now and not sent yet; answers how many participants were mailed. */
    int sendDue() {
        Instant now = events.now();
        int mailed = 0;
        for (SurveyRounds.Due round : rounds.due(now)) {
            mailed += Batches.untilShort(transactions, BATCH, status -> batch(round, now));
        }
        return mailed;
    }

    private int batch(SurveyRounds.Due round, Instant now) {
        boolean mine = sql.one("SELECT id FROM survey_round WHERE id = ? AND sent_at IS NULL FOR UPDATE SKIP LOCKED",
                r -> r.getObject(1, UUID.class), round.id()).isPresent();
        if (!mine) {
            return 0; // sent, or another instance is sending it
        }
        List<UUID> claimed = claim(round, now);
        mails.post(round, claimed);
        if (claimed.size() < BATCH) {
            sql.update("UPDATE survey_round SET sent_at = ? WHERE id = ?", now, round.id());
        }
        return claimed.size();
    }

    /** The next participants with held meetings not yet mailed in this round, marked as mailed. */
    private List<UUID> claim(SurveyRounds.Due round, Instant now) {
        return sql.list("""
                INSERT INTO survey_mailing (round_id, participant_id, meetings, sent_at)
                SELECT ?, held.p, COUNT(*), ? FROM (
                    SELECT unnest(ARRAY[m.participant_a, m.participant_b]) AS p FROM meeting m
                    WHERE m.event_id = ? AND m.slot IS NOT NULL AND %s) held
                WHERE NOT EXISTS (SELECT 1 FROM survey_mailing s WHERE s.round_id = ? AND s.participant_id = held.p)
                GROUP BY held.p ORDER BY held.p LIMIT ?
                ON CONFLICT DO NOTHING RETURNING participant_id""".formatted(Outcomes.HELD),
                r -> r.getObject(1, UUID.class), round.id(), now, round.event().id(), round.id(), BATCH);
    }
}
