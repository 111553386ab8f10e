package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.musubi.company.CompanyKind;
import io.musubi.company.CompanyService;
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
    static final String FROM = " FROM fair_participant p JOIN company_directory c ON c.id = p.company_id ";

    private final Sql sql;
    private final EventService events;
    private final CompanyService companies;
    private final ListingSearch search;
    private final MatchService match;
    private final MetBefore metBefore;

    Participants(Sql sql, EventService events, CompanyService companies, ListingSearch search, MatchService match,
                 MetBefore metBefore) {
        this.sql = sql;
        this.events = events;
        this.companies = companies;
        this.search = search;
        this.match = match;
        this.metBefore = metBefore;
    }

    /** An earlier event where two companies had a meeting. */
    @Serdeable
    public record EventRef(UUID eventId, Localized names) {
    }

    @Serdeable
    public record View(UUID id, UUID eventId, UUID companyId, Localized companyNames, String country,
                       @Nullable String region, String industry, ParticipantRole role, @Nullable String offers,
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
    record Row(View view, CompanyKind companyKind) {
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
        CompanyKind kind = companies.summary(company).map(CompanyService.Summary::kind)
                .orElseThrow(() -> ApiException.invalid("companyId", "unknown", "is not a company"));
        ParticipantRules.Checked checked = ParticipantRules.check(request, event, kind);
        UUID id = UUID.randomUUID();
        if (!insert(id, eventId, company, request, checked)) {
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
        ParticipantRules.Checked checked = ParticipantRules.check(request, event, existing.companyKind());
        requireFitsSchedule(id, request, checked.cap());
        change(id, request, checked);
        return require(eventId, id).view();
    }

    /**
     * Registers a company, or changes its registration, for an organiser's import (no deadline; the caller checked
     * the organiser). Answers true if the company was new to the event. Bad fields throw as for {@link #register}.
     */
    @Transactional
    boolean importRow(FairEvent event, UUID company, CompanyKind companyKind, ParticipantRequest request) {
        ParticipantRules.Checked checked = ParticipantRules.check(request, event, companyKind);
        Optional<View> existing = ofCompany(event.id(), company);
        if (existing.isPresent()) {
            events.lock(event.id()); // as for a change by hand: availability and caps bear on the schedule
            requireFitsSchedule(existing.get().id(), request, checked.cap());
            change(existing.get().id(), request, checked);
            return false;
        }
        return insert(UUID.randomUUID(), event.id(), company, request, checked);
    }

    /** A changed registration must leave the participant's scheduled meetings where they are (409 otherwise). */
    private void requireFitsSchedule(UUID id, ParticipantRequest request, int cap) {
        List<Integer> clashes = sql.list("""
                SELECT slot FROM meeting_seat WHERE participant_id = ? AND slot = ANY (?) ORDER BY slot""",
                r -> r.getInt(1), id, new Sql.IntArray(ParticipantRules.slots(request)));
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
    private boolean insert(UUID id, UUID eventId, UUID company, ParticipantRequest request,
                           ParticipantRules.Checked checked) {
        Instant now = events.now();
        return sql.update("""
                INSERT INTO fair_participant (id, version, event_id, company_id, role, offers, seeks, max_meetings,
                    unavailable_slots, created_at, updated_at)
                VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, company_id) DO NOTHING""",
                id, eventId, company, checked.role(), Strings.blankToNull(request.offers()),
                Strings.blankToNull(request.seeks()), checked.cap(), new Sql.IntArray(ParticipantRules.slots(request)),
                now, now) > 0;
    }

    private void change(UUID id, ParticipantRequest request, ParticipantRules.Checked checked) {
        sql.update("""
                UPDATE fair_participant SET version = version + 1, role = ?, offers = ?, seeks = ?, max_meetings = ?,
                    unavailable_slots = ?, updated_at = ? WHERE id = ?""", checked.role(),
                Strings.blankToNull(request.offers()), Strings.blankToNull(request.seeks()), checked.cap(),
                new Sql.IntArray(ParticipantRules.slots(request)), events.now(), id);
    }

    /** Several participants of an event at once, in no particular order. */
    List<View> views(UUID eventId, List<UUID> ids) {
        return sql.list("SELECT " + COLUMNS + FROM + "WHERE p.event_id = ? AND p.id = ANY(?)", r -> row(r).view(),
                eventId, new Sql.UuidArray(ids));
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
        String roleFilter = ParticipantRole.parse("role", role).map(Enum::name).orElse(null);
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
        return new Page(all.size(), page, size, metBefore.on(actor.companyId(), eventId, items));
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
        Map<UUID, List<EventRef>> met = metBefore.of(me.companyId(), eventId,
                partners.stream().map(MatchService.Partner::companyId).toList());
        return new Recommendations(partners.stream().map(p -> new Recommended(others.get(p.companyId())
                .withMetBefore(met.getOrDefault(p.companyId(), List.of())), p.score(), p.reasons())).toList());
    }

    static Row row(ResultSet r) throws SQLException {
        return new Row(new View(r.getObject("id", UUID.class), r.getObject("event_id", UUID.class),
                r.getObject("company_id", UUID.class), new Localized(r.getString("name_ja"), r.getString("name_zh"),
                r.getString("name_en")), r.getString("country"), r.getString("region"), r.getString("industry"),
                ParticipantRole.valueOf(r.getString("role")), r.getString("offers"), r.getString("seeks"),
                r.getInt("max_meetings"), Sql.ints(r, "unavailable_slots"), List.of(), r.getLong("version")),
                CompanyKind.valueOf(r.getString("kind")));
    }
}
