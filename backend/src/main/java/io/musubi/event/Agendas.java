package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.CsvWriter;
import io.musubi.platform.i18n.Localized;
import io.musubi.platform.security.Actor;
import jakarta.inject.Singleton;
import java.time.OffsetDateTime;
import io.musubi.platform.Sql;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** A participant's agenda: as JSON for the UI, as an iCalendar file and as CSV. */
@Singleton
public class Agendas {
    private static final TimeZoneRegistry TIME_ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();
    /** A zone's VTIMEZONE, built once (calendars only write it out). */
    private static final java.util.Map<String, net.fortuna.ical4j.model.component.VTimeZone> VTIME_ZONES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final EventService events;
    private final Participants participants;
    private final Schedules schedules;

    Agendas(EventService events, Participants participants, Schedules schedules) {
        this.events = events;
        this.participants = participants;
        this.schedules = schedules;
    }

    @Serdeable
    public record EventInfo(UUID id, Localized names, String venue, String timeZone) {
    }

    @Serdeable
    public record Item(UUID meetingId, int slot, OffsetDateTime start, OffsetDateTime end, int table,
                       MeetingRequests.Ref counterpart, Priority priority, @Nullable OutcomeKind myOutcome,
                       @Nullable OutcomeKind theirOutcome) {
    }

    @Serdeable
    public record Agenda(EventInfo event, Participants.View participant, List<Item> items) {
    }

    Agenda agenda(Actor actor, UUID eventId, @Nullable UUID participantId) {
        FairEvent event = events.require(eventId);
        return of(event, participants.actingAs(actor, eventId, participantId));
    }

    /** A participant's placed meetings in time order (no reader check: for notices to the participant itself). */
    Agenda of(FairEvent event, Participants.View p) {
        return of(event, List.of(p)).get(p.id());
    }

    /** The agendas of several participants of one event from one query, by participant id. */
    Map<UUID, Agenda> of(FairEvent event, List<Participants.View> people) {
        List<UUID> ids = people.stream().map(Participants.View::id).toList();
        List<Schedules.Meeting> placed = ids.isEmpty() ? List.of() : schedules.meetings(event,
                "m.event_id = ? AND m.slot IS NOT NULL AND (m.participant_a = ANY(?) OR m.participant_b = ANY(?))",
                event.id(), new Sql.UuidArray(ids), new Sql.UuidArray(ids));
        EventInfo info = new EventInfo(event.id(), event.names(), event.venue(), event.zone().getId());
        Map<UUID, Agenda> agendas = new LinkedHashMap<>();
        for (Participants.View p : people) {
            List<Item> items = placed.stream().filter(m -> m.a().id().equals(p.id()) || m.b().id().equals(p.id()))
                    .map(m -> {
                        boolean mineIsA = m.a().id().equals(p.id());
                        MeetingRequests.Ref other = mineIsA ? m.b() : m.a();
                        return new Item(m.id(), m.slot(), m.start(), m.end(), m.table(), other, m.priority(),
                                outcomeOf(m, p.id()), outcomeOf(m, other.id()));
                    }).toList();
            agendas.put(p.id(), new Agenda(info, p, items));
        }
        return agendas;
    }

    private static OutcomeKind outcomeOf(Schedules.Meeting m, UUID participant) {
        return m.outcomes().stream().filter(o -> o.participantId().equals(participant))
                .map(Schedules.Outcome::outcome).findFirst().orElse(null);
    }

    /** The agenda as iCalendar: one event per meeting, in the event's own time zone with its VTIMEZONE. */
    String ics(Agenda agenda) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Musubi//Trade-fair agenda//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(VTIME_ZONES.computeIfAbsent(agenda.event().timeZone(),
                zone -> TIME_ZONES.getTimeZone(zone).getVTimeZone()));
        String eventName = name(agenda.event().names());
        for (Item item : agenda.items()) {
            java.time.ZoneId zone = java.time.ZoneId.of(agenda.event().timeZone());
            VEvent meeting = new VEvent(item.start().atZoneSameInstant(zone), item.end().atZoneSameInstant(zone),
                    name(item.counterpart().companyNames()) + " — " + eventName);
            meeting.add(new Uid(item.meetingId() + "@musubi"));
            meeting.add(new Location(agenda.event().venue() + ", table " + item.table()));
            meeting.add(new Description("Table " + item.table() + " · " + eventName + " · "
                    + name(item.counterpart().companyNames()) + " (" + item.counterpart().role() + ")"
                    + " · /companies/" + item.counterpart().companyId()));
            calendar.add(meeting);
        }
        return calendar.toString();
    }

    String csv(Agenda agenda) {
        CsvWriter csv = CsvWriter.withHeader("start", "end", "time_zone", "table", "counterpart", "counterpart_role",
                "counterpart_company_id", "priority", "my_outcome");
        for (Item item : agenda.items()) {
            csv.row(item.start(), item.end(), agenda.event().timeZone(), item.table(),
                    name(item.counterpart().companyNames()), item.counterpart().role(),
                    item.counterpart().companyId(), item.priority(), item.myOutcome());
        }
        return csv.text();
    }

    /** All the names a company or event has, so that a calendar reads well in any language. */
    static String name(Localized names) {
        return java.util.stream.Stream.of(names.ja(), names.zh(), names.en()).filter(n -> n != null).distinct()
                .reduce((a, b) -> a + " / " + b).orElse("");
    }
}
