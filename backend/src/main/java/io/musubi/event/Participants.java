package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.match.MatchService;
import io.musubi.platform.Sql;
import io.musubi.platform.Strings;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.security.Actor;
import io.musubi.search.ListingSearch;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/** Who takes part in an event: registration, the event profile, browsing and recommended meetings. */
@Singleton
public class Participants {
    static final String COLUMNS = """
            p.id, p.version, p.event_id, p.company_id, p.role, p.offers, p.seeks, p.max_meetings,
            p.unavailable_slots, c.name_ja, c.name_zh, c.name_en, c.country, c.region, c.industry, c.kind""";
    static final String FROM = " FROM fair_participant p JOIN company c ON c.id = p.company_id ";

    private final Sql sql;
    private final EventService events;
    private final ListingSearch search;
    private final MatchService match;

    Participants(Sql sql, EventService events, ListingSearch search, MatchService match) {
        this.sql = sql;
        this.events = events;
        this.search = search;
        this.match = match;
    }

    /** An earlier event where two companies had a meeting. */
    @Serdeable
    public record EventRef(UUID eventId, Localized names) {
    }

    @Serdeable
    public record View(UUID id, UUID eventId, UUID companyId, Localized companyNames, String country,
                       @Nullable String region, String industry, String role, @Nullable String offers,
                       @Nullable String seeks, int maxMeetings, List<Integer> unavailableSlots,
                       List<EventRef> metBefore, long version) {
        View withMetBefore(List<EventRef> met) {
            return new View(id, eventId, companyId, companyNames, country, region, industry, role, offers, seeks,
                    maxMeetings, unavailableSlots, met, version);
        }
    }

    @Serdeable
    public record Page(long total, int page, int size, List<View> items) {
    }

    @Serdeable
    public record Recommended(View participant, double score, List<io.musubi.match.Reasons.Reason> reasons) {
    }

    @Serdeable
    public record Recommendations(List<Recommended> items) {
    }

    /** A participant as stored, with the company's kind (for checks). */
    record Row(View view, String companyKind) {
    }

    @Transactional
    View register(Actor actor, UUID eventId, ParticipantRequest request) {
        FairEvent event = events.require(eventId);
        boolean manager = events.canManage(actor, eventId);
        UUID company;
        if (request.companyId() != null && !request.companyId().equals(actor.companyId())) {
            if (!manager) {
                throw Actor.forbidden("Members register their own company; organisers register others");
            }
            company = request.companyId();
        } else if (actor.companyId() != null && actor.role().isMember()) {
            company = actor.companyId();
        } else if (manager) {
            throw ApiException.invalid("companyId", "required", "names the company to register");
        } else {
            throw Actor.forbidden("Only members of a company (or the event's organisers) register for an event");
        }
        if (!manager && !events.now().isBefore(event.registrationDeadline())) {
            throw ApiException.conflict("Registration closed at " + event.registrationDeadline(), "eventId",
                    "deadline", "registration closed at " + event.registrationDeadline());
        }
        String kind = sql.one("SELECT kind FROM company WHERE id = ?", r -> r.getString(1), company)
                .orElseThrow(() -> ApiException.invalid("companyId", "unknown", "is not a company"));
        int cap = check(request, event, kind);
        UUID id = UUID.randomUUID();
        if (!insert(id, eventId, company, request, cap)) {
            throw ApiException.conflict("This company is already registered", "companyId", "duplicate",
                    "is already registered for this event");
        }
        return require(eventId, id).view();
    }

    @Transactional
    View update(Actor actor, UUID eventId, UUID id, ParticipantRequest request) {
        FairEvent event = events.lock(eventId); // availability and caps bear on the schedule
        Row existing = require(eventId, id);
        if (!events.canManage(actor, eventId) && !actor.isMemberOf(existing.view().companyId())) {
            throw Actor.forbidden("Only the company's members and the event's organisers change a registration");
        }
        ApiException.requireVersion(request.version(), existing.view().version(), "registration");
        int cap = check(request, event, existing.companyKind());
        requireFitsSchedule(id, request, cap);
        change(id, request, cap);
        return require(eventId, id).view();
    }

    /**
     * Registers a company, or changes its registration, for an organiser's import (no deadline; the caller checked
     * the organiser). Answers true if the company was new to the event. Bad fields throw as for {@link #register}.
     */
    @Transactional
    boolean importRow(FairEvent event, UUID company, String companyKind, ParticipantRequest request) {
        int cap = check(request, event, companyKind);
        Optional<View> existing = ofCompany(event.id(), company);
        if (existing.isPresent()) {
            events.lock(event.id()); // as for a change by hand: availability and caps bear on the schedule
            requireFitsSchedule(existing.get().id(), request, cap);
            change(existing.get().id(), request, cap);
            return false;
        }
        return insert(UUID.randomUUID(), event.id(), company, request, cap);
    }

    /** A changed registration must leave the participant's scheduled meetings where they are (409 otherwise). */
    private void requireFitsSchedule(UUID id, ParticipantRequest request, int cap) {
        List<Integer> clashes = sql.list("""
                SELECT slot FROM meeting_seat WHERE participant_id = ? AND slot = ANY (?) ORDER BY slot""",
                r -> r.getInt(1), id, new Sql.IntArray(slots(request)));
        if (!clashes.isEmpty()) {
            throw ApiException.conflict("Meetings are scheduled in slots marked unavailable; ask the organiser to "
                    + "move them first", "unavailableSlots", "scheduled", "slots " + clashes
                    + " hold scheduled meetings");
        }
        long placed = sql.count("SELECT COUNT(*) FROM meeting_seat WHERE participant_id = ?", id);
        if (cap < placed) {
            throw ApiException.conflict(placed + " meetings are scheduled already", "maxMeetings", "scheduled",
                    "must be at least " + placed + " while that many meetings are scheduled");
        }
    }

    /** Stores a registration; false if the company was registered already. */
    private boolean insert(UUID id, UUID eventId, UUID company, ParticipantRequest request, int cap) {
        Instant now = events.now();
        return sql.update("""
                INSERT INTO fair_participant (id, version, event_id, company_id, role, offers, seeks, max_meetings,
                    unavailable_slots, created_at, updated_at)
                VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, company_id) DO NOTHING""",
                id, eventId, company, request.role(), Strings.blankToNull(request.offers()),
                Strings.blankToNull(request.seeks()), cap, new Sql.IntArray(slots(request)), now, now) > 0;
    }

    private void change(UUID id, ParticipantRequest request, int cap) {
        sql.update("""
                UPDATE fair_participant SET version = version + 1, role = ?, offers = ?, seeks = ?, max_meetings = ?,
                    unavailable_slots = ?, updated_at = ? WHERE id = ?""", request.role(),
                Strings.blankToNull(request.offers()), Strings.blankToNull(request.seeks()), cap,
                new Sql.IntArray(slots(request)), events.now(), id);
    }

    /** Checks a registration; answers the meeting cap to store. */
    private static int check(ParticipantRequest r, FairEvent event, String companyKind) {
        List<FieldError> problems = new ArrayList<>();
        if (r.role() == null) {
            problems.add(new FieldError("role", "required", "must be EXHIBITOR, BUYER or LARGE_FIRM"));
        } else if (!List.of("EXHIBITOR", "BUYER", "LARGE_FIRM").contains(r.role())) {
            problems.add(new FieldError("role", "unknown", "must be EXHIBITOR, BUYER or LARGE_FIRM"));
        } else if ("LARGE_FIRM".equals(r.role()) && !"LARGE_FIRM".equals(companyKind)) {
            problems.add(new FieldError("role", "kind", "LARGE_FIRM is for companies registered as large firms"));
        }
        for (String[] text : new String[][] {{"offers", r.offers()}, {"seeks", r.seeks()}}) {
            if (text[1] != null && text[1].length() > ParticipantRequest.MAX_TEXT) {
                problems.add(new FieldError(text[0], "size", "must be at most " + ParticipantRequest.MAX_TEXT
                        + " characters"));
            }
        }
        Timetable t = event.timetable();
        int cap = r.maxMeetings() == null ? Math.min(event.defaultMeetingCap(), t.size()) : r.maxMeetings();
        if (cap < 0) {
            problems.add(new FieldError("maxMeetings", "min", "must be at least 0"));
        } else if (cap > t.size()) {
            problems.add(new FieldError("maxMeetings", "max", "must be at most " + t.size() + " (the event's slots)"));
        }
        List<Integer> slots = r.unavailableSlots() == null ? List.of() : r.unavailableSlots();
        for (int i = 0; i < slots.size(); i++) {
            Integer s = slots.get(i);
            if (s == null || s < 0 || s >= t.size()) {
                problems.add(new FieldError("unavailableSlots[" + i + "]", "range", "must be a slot number from 0 to "
                        + (t.size() - 1)));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return cap;
    }

    private static List<Integer> slots(ParticipantRequest r) {
        return r.unavailableSlots() == null ? List.of() : new ArrayList<>(new TreeSet<>(r.unavailableSlots()));
    }

    Row require(UUID eventId, UUID id) {
        return sql.one("SELECT " + COLUMNS + FROM + "WHERE p.event_id = ? AND p.id = ?", Participants::row, eventId,
                id).orElseThrow(() -> ApiException.notFound("Participant " + id));
    }

    Optional<View> ofCompany(UUID eventId, @Nullable UUID company) {
        if (company == null) {
            return Optional.empty();
        }
        return sql.one("SELECT " + COLUMNS + FROM + "WHERE p.event_id = ? AND p.company_id = ?",
                r -> row(r).view(), eventId, company);
    }

    /** The reader's own participant in the event (members), or 403/404. */
    View mine(Actor actor, UUID eventId) {
        events.require(eventId);
        return ofCompany(eventId, actor.requireCompany()).orElseThrow(() -> new ApiException(HttpStatus.FORBIDDEN,
                "forbidden", "Your company is not registered for this event", List.of()));
    }

    /** The participant a request acts for: the member's own, or any given one for the event's organisers. */
    View actingAs(Actor actor, UUID eventId, @Nullable UUID participantId) {
        if (participantId != null) {
            View p = require(eventId, participantId).view();
            if (!actor.isMemberOf(p.companyId()) && !events.canManage(actor, eventId)) {
                throw Actor.forbidden("Only the company's members and the event's organisers see this");
            }
            return p;
        }
        return mine(actor, eventId);
    }

    /** Registered participants see each other; so do the organisers. */
    void requireInsider(Actor actor, UUID eventId) {
        if (!events.canManage(actor, eventId) && ofCompany(eventId, actor.companyId()).isEmpty()) {
            throw Actor.forbidden("Only participants and organisers see who takes part");
        }
    }

    Page list(Actor actor, UUID eventId, @Nullable String q, @Nullable String role, int page, int size) {
        events.require(eventId);
        requireInsider(actor, eventId);
        if (size < 1 || size > 200 || page < 0) {
            throw ApiException.invalid(size < 1 || size > 200 ? "size" : "page", "range",
                    "size must be 1–200 and page ≥ 0");
        }
        if (role != null && !role.isBlank() && !List.of("EXHIBITOR", "BUYER", "LARGE_FIRM").contains(role)) {
            throw ApiException.invalid("role", "unknown", "must be EXHIBITOR, BUYER or LARGE_FIRM");
        }
        String roleFilter = role == null || role.isBlank() ? null : role;
        List<View> all = sql.list("SELECT " + COLUMNS + FROM + """
                WHERE p.event_id = ? AND (CAST(? AS varchar) IS NULL OR p.role = ?)
                ORDER BY p.role, COALESCE(c.name_en, c.name_ja, c.name_zh)""", r -> row(r).view(), eventId,
                roleFilter, roleFilter);
        if (q != null && !q.isBlank()) {
            Map<UUID, View> byCompany = new LinkedHashMap<>();
            all.forEach(v -> byCompany.put(v.companyId(), v));
            all = search.rankCompanies(q, byCompany.keySet()).stream().map(byCompany::get).toList();
        }
        List<View> items = all.stream().skip((long) page * size).limit(size).toList();
        return new Page(all.size(), page, size, withMetBefore(actor.companyId(), eventId, items));
    }

    Recommendations recommend(Actor actor, UUID eventId, @Nullable UUID participantId, int size) {
        if (size < 1 || size > MatchService.MAX_SIZE) {
            throw ApiException.invalid("size", "range", "must be between 1 and " + MatchService.MAX_SIZE);
        }
        View me = actingAs(actor, eventId, participantId);
        Map<UUID, View> others = new LinkedHashMap<>();
        sql.list("SELECT " + COLUMNS + FROM + """
                WHERE p.event_id = ? AND p.id <> ? AND NOT EXISTS (SELECT 1 FROM meeting_request r
                    WHERE r.from_participant = ? AND r.to_participant = p.id AND r.status IN ('PENDING', 'ACCEPTED'))
                  AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.event_id = p.event_id
                    AND ((m.participant_a = ? AND m.participant_b = p.id) OR (m.participant_b = ? AND m.participant_a = p.id)))""",
                r -> row(r).view(), eventId, me.id(), me.id(), me.id(), me.id())
                .forEach(v -> others.put(v.companyId(), v));
        List<MatchService.Partner> partners = match.partnersAmong(me.companyId(), me.seeks(), others.keySet(), size);
        Map<UUID, List<EventRef>> met = metBefore(me.companyId(), eventId,
                partners.stream().map(MatchService.Partner::companyId).toList());
        return new Recommendations(partners.stream().map(p -> new Recommended(others.get(p.companyId())
                .withMetBefore(met.getOrDefault(p.companyId(), List.of())), p.score(), p.reasons())).toList());
    }

    List<View> withMetBefore(@Nullable UUID reader, UUID eventId, List<View> views) {
        if (reader == null || views.isEmpty()) {
            return views;
        }
        Map<UUID, List<EventRef>> met = metBefore(reader, eventId, views.stream().map(View::companyId).toList());
        return views.stream().map(v -> v.withMetBefore(met.getOrDefault(v.companyId(), List.of()))).toList();
    }

    /** For each of {@code others}: earlier events where it had a scheduled meeting with {@code company}. */
    Map<UUID, List<EventRef>> metBefore(UUID company, UUID eventId, List<UUID> others) {
        Map<UUID, List<EventRef>> met = new HashMap<>();
        if (others.isEmpty()) {
            return met;
        }
        sql.list("""
                SELECT DISTINCT theirs.company_id, e.id, e.name_ja, e.name_zh, e.name_en, e.starts_at
                FROM meeting m
                JOIN fair_participant ours ON ours.id IN (m.participant_a, m.participant_b) AND ours.company_id = ?
                JOIN fair_participant theirs ON theirs.id IN (m.participant_a, m.participant_b) AND theirs.id <> ours.id
                JOIN fair_event e ON e.id = m.event_id
                WHERE m.slot IS NOT NULL AND e.id <> ?
                  AND e.starts_at < (SELECT starts_at FROM fair_event WHERE id = ?)
                  AND theirs.company_id = ANY (CAST(? AS uuid[]))
                ORDER BY e.starts_at DESC""", r -> {
            met.computeIfAbsent(r.getObject(1, UUID.class), k -> new ArrayList<>()).add(new EventRef(
                    r.getObject(2, UUID.class), new Localized(r.getString(3), r.getString(4), r.getString(5))));
            return null;
        }, company, eventId, eventId, others.stream().map(UUID::toString).toArray(String[]::new));
        return met;
    }

    static Row row(ResultSet r) throws SQLException {
        return new Row(new View(r.getObject("id", UUID.class), r.getObject("event_id", UUID.class),
                r.getObject("company_id", UUID.class), new Localized(r.getString("name_ja"), r.getString("name_zh"),
                r.getString("name_en")), r.getString("country"), r.getString("region"), r.getString("industry"),
                r.getString("role"), r.getString("offers"), r.getString("seeks"), r.getInt("max_meetings"),
                Sql.ints(r, "unavailable_slots"), List.of(), r.getLong("version")), r.getString("kind"));
    }
}
