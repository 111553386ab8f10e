package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.CsvWriter;
import io.musubi.platform.Sql;
import io.musubi.platform.Strings;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What came of the meetings: each side records an outcome once the meeting has started; the organiser's dashboard
 * counts meetings held and no-shows and the share of exhibitors that reached concrete business talks (the figure
 * SMRJ reports for its fairs), by industry and by country, and the funnel from requests to deals with what the
 * follow-up surveys found ({@link FollowUpFigures}); the outcomes CSV has a column per survey round.
 */
@Singleton
public class Outcomes {
    /**
     * Where meeting {@code m} was held: a side recorded an outcome other than NO_SHOW and no side recorded NO_SHOW
     * (the dashboard's figure; the follow-up surveys ask about these meetings).
     */
    static final String HELD = """
            EXISTS (SELECT 1 FROM meeting_outcome h WHERE h.meeting_id = m.id AND h.outcome <> 'NO_SHOW')
            AND NOT EXISTS (SELECT 1 FROM meeting_outcome n WHERE n.meeting_id = m.id AND n.outcome = 'NO_SHOW')""";

    private final Sql sql;
    private final EventService events;
    private final Participants participants;
    private final Schedules schedules;
    private final FollowUpFigures followUp;

    Outcomes(Sql sql, EventService events, Participants participants, Schedules schedules, FollowUpFigures followUp) {
        this.sql = sql;
        this.events = events;
        this.participants = participants;
        this.schedules = schedules;
        this.followUp = followUp;
    }

    @Serdeable
    public record Record(@Nullable String outcome, @Nullable String note) {
    }

    @Serdeable
    public record Share(String key, long exhibitors, long reached, double share) {
    }

    @Serdeable
    public record Dashboard(long participants, long exhibitors, long meetingsAccepted, long meetingsScheduled,
                            long meetingsHeld, long noShows, Map<String, Long> outcomes, long exhibitorsReachedTalks,
                            double shareReachedTalks, List<Share> byIndustry, List<Share> byCountry,
                            FollowUpFigures.Funnel funnel) {
    }

    @Transactional
    Schedules.Meeting record(Actor actor, UUID eventId, UUID meetingId, Record request) {
        FairEvent event = events.require(eventId);
        Participants.View me = participants.mine(actor, eventId);
        Set<UUID> sides = schedules.sides(eventId, meetingId);
        if (!sides.contains(me.id())) {
            throw Actor.forbidden("Only the two sides of a meeting record its outcome");
        }
        OutcomeKind outcome = OutcomeKind.parse("outcome", request.outcome());
        if (request.note() != null && request.note().length() > 2000) {
            throw ApiException.invalid("note", "size", "must be at most 2000 characters");
        }
        Schedules.Meeting meeting = schedules.meeting(event, meetingId);
        Instant now = events.now();
        if (meeting.start() == null || now.isBefore(meeting.start().toInstant())) {
            throw ApiException.conflict("Outcomes are recorded once the meeting has started", "outcome",
                    "not_started", meeting.start() == null ? "the meeting is not scheduled"
                            : "the meeting starts at " + meeting.start());
        }
        sql.update("""
                INSERT INTO meeting_outcome (meeting_id, participant_id, outcome, note, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (meeting_id, participant_id) DO UPDATE
                SET outcome = EXCLUDED.outcome, note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by,
                    recorded_at = EXCLUDED.recorded_at""", meetingId, me.id(), outcome,
                Strings.blankToNull(request.note()), actor.userId(), now);
        return schedules.meeting(event, meetingId).seenBy(me.id());
    }

    Dashboard dashboard(Actor actor, UUID eventId) {
        events.require(eventId);
        events.requireManager(actor, eventId);
        long[] counts = sql.one("""
                SELECT (SELECT COUNT(*) FROM fair_participant WHERE event_id = ?),
                       (SELECT COUNT(*) FROM meeting WHERE event_id = ?),
                       (SELECT COUNT(*) FROM meeting WHERE event_id = ? AND slot IS NOT NULL),
                       (SELECT COUNT(*) FROM meeting m WHERE m.event_id = ? AND %s),
                       (SELECT COUNT(DISTINCT m.id) FROM meeting m JOIN meeting_outcome o ON o.meeting_id = m.id
                          WHERE m.event_id = ? AND o.outcome = 'NO_SHOW')""".formatted(HELD),
                r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)},
                eventId, eventId, eventId, eventId, eventId).orElseThrow();
        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (OutcomeKind kind : OutcomeKind.values()) {
            outcomes.put(kind.name(), 0L);
        }
        sql.list("""
                SELECT o.outcome, COUNT(*) FROM meeting_outcome o JOIN meeting m ON m.id = o.meeting_id
                WHERE m.event_id = ? GROUP BY o.outcome""", r -> outcomes.put(r.getString(1), r.getLong(2)), eventId);
        // exhibitors, each with whether one of its held meetings reached business talks or a deal
        record Exhibitor(String industry, String country, boolean reached) {
        }
        List<Exhibitor> exhibitors = sql.list("""
                SELECT c.industry, c.country, EXISTS (
                    SELECT 1 FROM meeting m JOIN meeting_outcome o ON o.meeting_id = m.id
                    WHERE p.id IN (m.participant_a, m.participant_b) AND m.slot IS NOT NULL
                      AND o.outcome IN ('BUSINESS_TALKS', 'DEAL')
                      AND NOT EXISTS (SELECT 1 FROM meeting_outcome n WHERE n.meeting_id = m.id
                                      AND n.outcome = 'NO_SHOW')) AS reached
                FROM fair_participant p JOIN company_directory c ON c.id = p.company_id
                WHERE p.event_id = ? AND p.role = 'EXHIBITOR'""", r -> new Exhibitor(r.getString(1),
                r.getString(2), r.getBoolean(3)), eventId);
        long reached = exhibitors.stream().filter(Exhibitor::reached).count();
        Map<String, long[]> industry = new TreeMap<>();
        Map<String, long[]> country = new TreeMap<>();
        for (Exhibitor e : exhibitors) {
            count(industry, e.industry(), e.reached());
            count(country, e.country(), e.reached());
        }
        return new Dashboard(counts[0], exhibitors.size(), counts[1], counts[2], counts[3], counts[4], outcomes,
                reached, share(reached, exhibitors.size()), shares(industry), shares(country),
                followUp.funnel(eventId));
    }

    String csv(Actor actor, UUID eventId) {
        FairEvent event = events.require(eventId);
        events.requireManager(actor, eventId);
        FollowUpFigures.Answers surveys = followUp.answers(eventId);
        List<String> header = new ArrayList<>(List.of("meeting_id", "start", "table", "participant",
                "participant_role", "participant_company_id", "counterpart", "counterpart_role",
                "counterpart_company_id", "outcome", "note"));
        surveys.rounds().forEach(round -> header.add(round.header()));
        CsvWriter csv = CsvWriter.withHeader(header.toArray(String[]::new));
        for (Schedules.Meeting m : schedules.meetings(event, "m.event_id = ?", eventId)) {
            for (MeetingRequests.Ref side : List.of(m.a(), m.b())) {
                MeetingRequests.Ref other = side == m.a() ? m.b() : m.a();
                Schedules.Outcome o = m.outcomes().stream().filter(x -> x.participantId().equals(side.id()))
                        .findFirst().orElse(null);
                List<Object> row = new ArrayList<>(Arrays.asList(m.id(), m.start(), m.table(),
                        Agendas.name(side.companyNames()), side.role(), side.companyId(),
                        Agendas.name(other.companyNames()), other.role(), other.companyId(),
                        o == null ? null : o.outcome(), o == null ? null : o.note()));
                surveys.rounds().forEach(round -> row.add(surveys.of(round.roundId(), m.id(), side.id())));
                csv.row(row);
            }
        }
        return csv.text();
    }

    private static void count(Map<String, long[]> groups, String key, boolean reached) {
        long[] c = groups.computeIfAbsent(key, k -> new long[2]);
        c[0]++;
        c[1] += reached ? 1 : 0;
    }

    private static List<Share> shares(Map<String, long[]> groups) {
        List<Share> shares = new ArrayList<>();
        groups.forEach((key, c) -> shares.add(new Share(key, c[0], c[1], share(c[1], c[0]))));
        return shares;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
