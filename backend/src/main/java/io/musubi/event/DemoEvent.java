package io.musubi.event;

import io.micronaut.transaction.annotation.Transactional;
import io.musubi.platform.Sql;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.security.Actor;
import io.musubi.platform.security.Role;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's trade fair: a two-day matching session a month ahead, with the demo companies registered, requests
 * sent, some accepted, one pending for each demo member to answer, and a schedule already run.
 */
@Singleton
public class DemoEvent {
    private final java.time.Clock clock;
    private final EventService events;
    private final Participants participants;
    private final MeetingRequests requests;
    private final Schedules schedules;

    private final Sql sql;

    DemoEvent(EventService events, Participants participants, MeetingRequests requests, Schedules schedules,
              Sql sql, java.time.Clock clock) {
        this.clock = clock;
        this.sql = sql;
        this.events = events;
        this.participants = participants;
        this.requests = requests;
        this.schedules = schedules;
    }

    /** A demo company's registration: its key in the demo data, its id, role and event profile. */
    public record Registration(String key, UUID companyId, String role, String offers, String seeks) {
    }

    /**
     * Last year's fair, over: the same companies met there (so "met before" shows in this year's) and recorded what
     * came of it (so the organiser's dashboard has figures), and answered its follow-up surveys (the funnel's rounds). Its requests were answered back then, so they are
     * written as accepted rather than sent through today's deadlines.
     *
     * @param meetings [from key, to key, priority, outcome of from, outcome of to]
     */
    @Transactional
    public void loadPast(Actor organiser, Map<String, UUID> memberUsers, List<Registration> registrations,
                         List<String[]> meetings) {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        LocalDate day = LocalDate.now(clock.withZone(tokyo)).minusDays(200);
        Instant then = day.minusDays(40).atStartOfDay(tokyo).toInstant();
        FairEvent event = events.create(organiser, new EventRequest(new Localized(
                "中小企業総合展 2026 ビジネスマッチング商談会", "2026 中小企业综合展 商务洽谈会",
                "SME Expo 2026 — business matching sessions"), "インテックス大阪 / INTEX Osaka", "Asia/Tokyo", 30, 10,
                List.of(new Timetable.Period(day, LocalTime.of(10, 0), LocalTime.of(16, 0))),
                List.of(new Timetable.Period(day, LocalTime.of(12, 0), LocalTime.of(13, 0))),
                day.minusDays(10).atTime(17, 0).atZone(tokyo).toOffsetDateTime(),
                day.minusDays(3).atTime(17, 0).atZone(tokyo).toOffsetDateTime(), 72, 20, 6, null), then);
        Map<String, UUID> participantIds = new LinkedHashMap<>();
        for (Registration r : registrations) {
            participantIds.put(r.key(), participants.register(organiser, event.id(), new ParticipantRequest(
                    r.companyId(), r.role(), r.offers(), r.seeks(), null, List.of(), null)).id());
        }
        Instant asked = then.plus(Duration.ofDays(30));
        for (String[] m : meetings) {
            UUID from = participantIds.get(m[0]);
            UUID to = participantIds.get(m[1]);
            UUID request = UUID.randomUUID();
            sql.update("""
                    INSERT INTO meeting_request (id, event_id, from_participant, to_participant, priority, status,
                        created_at, expires_at, responded_at) VALUES (?, ?, ?, ?, ?, 'ACCEPTED', ?, ?, ?)""",
                    request, event.id(), from, to, m[2], asked, asked.plus(Duration.ofDays(3)),
                    asked.plus(Duration.ofDays(1)));
            UUID a = MeetingPairs.first(from, to);
            sql.update("""
                    INSERT INTO meeting (id, event_id, participant_a, participant_b, request_id, priority, mutual,
                        weight, created_at) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?)""", UUID.randomUUID(), event.id(),
                    a, a.equals(from) ? to : from, request, m[2], Priority.valueOf(m[2]).weight(false), asked);
        }
        schedules.run(organiser, event.id());
        Instant after = day.plusDays(1).atStartOfDay(tokyo).toInstant();
        for (String[] m : meetings) {
            for (int side = 0; side < 2; side++) {
                String outcome = m[3 + side];
                if (outcome.isEmpty()) {
                    continue;
                }
                UUID participant = participantIds.get(m[side]);
                UUID other = participantIds.get(m[1 - side]);
                sql.update("""
                        INSERT INTO meeting_outcome (meeting_id, participant_id, outcome, recorded_by, recorded_at)
                        SELECT id, ?, ?, ?, ? FROM meeting WHERE event_id = ? AND slot IS NOT NULL
                          AND participant_a = ? AND participant_b = ?""", participant, outcome,
                        memberUsers.getOrDefault(m[side], organiser.userId()), after, event.id(),
                        MeetingPairs.first(participant, other), MeetingPairs.first(participant, other)
                                .equals(participant) ? other : participant);
            }
        }
        surveyed(event.id(), day, tokyo);
    }

    /**
     * Its follow-up surveys 3 and 6 months on, sent back then (nobody is mailed now), with what each side answered,
     * following what it recorded at the fair: the deals went on to orders and contracts, some talks to samples.
     */
    private void surveyed(UUID eventId, LocalDate day, ZoneId tokyo) {
        List<Map<OutcomeKind, SurveyAnswer>> answers = List.of(
                Map.of(OutcomeKind.DEAL, SurveyAnswer.SAMPLE_OR_TRIAL_ORDER, OutcomeKind.BUSINESS_TALKS,
                        SurveyAnswer.IN_TALKS, OutcomeKind.FOLLOW_UP, SurveyAnswer.IN_TALKS, OutcomeKind.NO_INTEREST,
                        SurveyAnswer.NO_FURTHER_CONTACT),
                Map.of(OutcomeKind.DEAL, SurveyAnswer.CONTRACT, OutcomeKind.BUSINESS_TALKS,
                        SurveyAnswer.SAMPLE_OR_TRIAL_ORDER, OutcomeKind.FOLLOW_UP, SurveyAnswer.NO_FURTHER_CONTACT));
        for (int i = 0; i < answers.size(); i++) {
            int months = 3 * (i + 1);
            UUID round = UUID.randomUUID();
            Instant sent = day.plusMonths(months).atTime(9, 0).atZone(tokyo).toInstant();
            sql.update("INSERT INTO survey_round (id, event_id, months_after, created_at, sent_at) VALUES (?, ?, ?, ?, ?)",
                    round, eventId, months, sent.minus(Duration.ofDays(30)), sent);
            sql.update("""
                    INSERT INTO survey_mailing (round_id, participant_id, meetings, sent_at)
                    SELECT ?, held.p, COUNT(*), ? FROM (
                        SELECT unnest(ARRAY[m.participant_a, m.participant_b]) AS p FROM meeting m
                        WHERE m.event_id = ? AND m.slot IS NOT NULL AND %s) held
                    GROUP BY held.p""".formatted(Outcomes.HELD), round, sent, eventId);
            for (Map.Entry<OutcomeKind, SurveyAnswer> answer : answers.get(i).entrySet()) {
                sql.update("""
                        INSERT INTO survey_answer (round_id, meeting_id, participant_id, answer, answered_at)
                        SELECT ?, o.meeting_id, o.participant_id, ?, ?
                        FROM meeting_outcome o JOIN meeting m ON m.id = o.meeting_id
                        WHERE m.event_id = ? AND o.outcome = ? AND m.slot IS NOT NULL AND %s"""
                        .formatted(Outcomes.HELD), round, answer.getValue(), sent.plus(Duration.ofDays(2)), eventId,
                        answer.getKey());
            }
        }
    }

    /**
     * @param organiser     the demo organiser
     * @param members       company key → a member acting for it (companies without accounts get a stand-in)
     * @param registrations in registration order
     * @param meetings      [from key, to key, priority, answer (ACCEPT, DECLINE or PENDING), message]
     */
    public void load(Actor organiser, Map<String, Actor> members, List<Registration> registrations,
                     List<String[]> meetings) {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        LocalDate first = LocalDate.now(clock.withZone(tokyo)).plusDays(30);
        List<Timetable.Period> sessions = List.of(new Timetable.Period(first, LocalTime.of(10, 0), LocalTime.of(17, 0)),
                new Timetable.Period(first.plusDays(1), LocalTime.of(10, 0), LocalTime.of(16, 0)));
        List<Timetable.Period> breaks = List.of(new Timetable.Period(first, LocalTime.of(12, 0), LocalTime.of(13, 0)),
                new Timetable.Period(first.plusDays(1), LocalTime.of(12, 0), LocalTime.of(13, 0)));
        FairEvent event = events.create(organiser, new EventRequest(new Localized(
                "中小企業総合展 2027 ビジネスマッチング商談会", "2027 中小企业综合展 商务洽谈会",
                "SME Expo 2027 — business matching sessions"), "東京ビッグサイト 東7ホール / Tokyo Big Sight, Hall E7",
                "Asia/Tokyo", 30, 12, sessions, breaks, first.minusDays(7).atTime(17, 0).atZone(tokyo)
                .toOffsetDateTime(), first.minusDays(2).atTime(17, 0).atZone(tokyo).toOffsetDateTime(), 72, 20, 8,
                null));
        Map<String, UUID> participantIds = new LinkedHashMap<>();
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (Registration r : registrations) {
            Actor member = members.getOrDefault(r.key(), new Actor(UUID.randomUUID(),
                    "LARGE_FIRM".equals(r.role()) ? Role.LARGE_FIRM_MEMBER : Role.SME_MEMBER, r.companyId()));
            actors.put(r.key(), member);
            Participants.View p = participants.register(organiser, event.id(), new ParticipantRequest(r.companyId(),
                    r.role(), r.offers(), r.seeks(), null, List.of(), null));
            participantIds.put(r.key(), p.id());
        }
        List<String[]> answers = new ArrayList<>();
        for (String[] m : meetings) {
            MeetingRequests.View sent = requests.sendForDemo(actors.get(m[0]), event.id(), new MeetingRequests.Send(
                    participantIds.get(m[1]), m[2], m[4]));
            answers.add(new String[] {m[1], sent.id().toString(), m[3]});
        }
        for (String[] a : answers) {
            switch (a[2]) {
                case "ACCEPT" -> requests.accept(actors.get(a[0]), event.id(), UUID.fromString(a[1]));
                case "DECLINE" -> requests.decline(actors.get(a[0]), event.id(), UUID.fromString(a[1]));
                default -> { } // left for the demo member to answer
            }
        }
        schedules.run(organiser, event.id());
    }
}