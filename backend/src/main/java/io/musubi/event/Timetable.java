package io.musubi.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.musubi.platform.error.ApiError.FieldError;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An event's slots: its session days cut into slots of equal length, in the event's time zone, numbered from 0
 * over all days in time order; slots that overlap a break exist on the clock but hold no meetings. Pure logic.
 */
public final class Timetable {

    /** A session on one day, times of day in the event's zone. */
    @Serdeable
    public record Period(@Nullable LocalDate date, @Nullable LocalTime start, @Nullable LocalTime end) {
    }

    @Serdeable
    public record Slot(int index, LocalDate day, OffsetDateTime start, OffsetDateTime end, boolean isBreak) {
    }

    private final ZoneId zone;
    private final int slotMinutes;
    private final List<Slot> slots;

    private Timetable(ZoneId zone, int slotMinutes, List<Slot> slots) {
        this.zone = zone;
        this.slotMinutes = slotMinutes;
        this.slots = List.copyOf(slots);
    }

    /**
     * The problems of a set of sessions and breaks (empty if it is well formed): missing parts, end not after
     * start, overlapping sessions, session lengths that are no multiple of the slot length, breaks outside any
     * session or off the slot boundaries.
     */
    public static List<FieldError> problems(int slotMinutes, List<Period> sessions, List<Period> breaks) {
        List<FieldError> problems = new ArrayList<>();
        if (sessions == null || sessions.isEmpty()) {
            problems.add(new FieldError("sessions", "required", "needs at least one session day"));
            return problems;
        }
        for (int i = 0; i < sessions.size(); i++) {
            Period s = sessions.get(i);
            String field = "sessions[" + i + "]";
            if (!complete(s, field, problems)) {
                continue;
            }
            if (!s.end().isAfter(s.start())) {
                problems.add(new FieldError(field + ".end", "order", "must be after the start"));
                continue;
            }
            long minutes = Duration.between(s.start(), s.end()).toMinutes();
            if (slotMinutes > 0 && minutes % slotMinutes != 0) {
                problems.add(new FieldError(field, "divides", "lasts " + minutes + " minutes, which is not a "
                        + "whole number of " + slotMinutes + "-minute slots"));
            }
            for (int j = 0; j < i; j++) {
                Period o = sessions.get(j);
                if (o != null && o.date() != null && o.start() != null && o.end() != null
                        && o.date().equals(s.date()) && s.start().isBefore(o.end()) && o.start().isBefore(s.end())) {
                    problems.add(new FieldError(field, "overlap", "overlaps sessions[" + j + "] on " + s.date()));
                }
            }
        }
        List<Period> breakList = breaks == null ? List.of() : breaks;
        for (int i = 0; i < breakList.size(); i++) {
            Period b = breakList.get(i);
            String field = "breaks[" + i + "]";
            if (!complete(b, field, problems)) {
                continue;
            }
            if (!b.end().isAfter(b.start())) {
                problems.add(new FieldError(field + ".end", "order", "must be after the start"));
                continue;
            }
            Period session = sessions.stream().filter(s -> s != null && b.date().equals(s.date())
                    && s.start() != null && s.end() != null && !b.start().isBefore(s.start())
                    && !b.end().isAfter(s.end())).findFirst().orElse(null);
            if (session == null) {
                problems.add(new FieldError(field, "outside", "is not inside a session on " + b.date()));
            } else if (slotMinutes > 0 && (Duration.between(session.start(), b.start()).toMinutes() % slotMinutes != 0
                    || Duration.between(session.start(), b.end()).toMinutes() % slotMinutes != 0)) {
                problems.add(new FieldError(field, "aligned", "must start and end on slot boundaries ("
                        + slotMinutes + " minutes from the session's start)"));
            }
        }
        return problems;
    }

    private static boolean complete(Period p, String field, List<FieldError> problems) {
        if (p == null) {
            problems.add(new FieldError(field, "required", "must not be empty"));
            return false;
        }
        boolean ok = true;
        if (p.date() == null) {
            problems.add(new FieldError(field + ".date", "required", "must be a date"));
            ok = false;
        }
        if (p.start() == null) {
            problems.add(new FieldError(field + ".start", "required", "must be a time of day"));
            ok = false;
        }
        if (p.end() == null) {
            problems.add(new FieldError(field + ".end", "required", "must be a time of day"));
            ok = false;
        }
        return ok;
    }

    /** The slots of well-formed sessions (see {@link #problems}). */
    public static Timetable of(ZoneId zone, int slotMinutes, List<Period> sessions, List<Period> breaks) {
        List<Period> ordered = sessions.stream()
                .sorted(Comparator.comparing(Period::date).thenComparing(Period::start)).toList();
        List<Slot> slots = new ArrayList<>();
        for (Period session : ordered) {
            LocalTime start = session.start();
            while (start.isBefore(session.end())) {
                LocalTime end = start.plusMinutes(slotMinutes);
                LocalTime from = start;
                boolean isBreak = breaks != null && breaks.stream().anyMatch(b -> b.date().equals(session.date())
                        && from.isBefore(b.end()) && b.start().isBefore(end));
                slots.add(new Slot(slots.size(), session.date(),
                        session.date().atTime(start).atZone(zone).toOffsetDateTime(),
                        session.date().atTime(end).atZone(zone).toOffsetDateTime(), isBreak));
                start = end;
                if (start.equals(LocalTime.MIDNIGHT)) {
                    break;
                }
            }
        }
        return new Timetable(zone, slotMinutes, slots);
    }

    public List<Slot> slots() {
        return slots;
    }

    public int size() {
        return slots.size();
    }

    public ZoneId zone() {
        return zone;
    }

    public int slotMinutes() {
        return slotMinutes;
    }

    public Slot slot(int index) {
        return slots.get(index);
    }

    public Set<Integer> breaks() {
        Set<Integer> breaks = new LinkedHashSet<>();
        slots.stream().filter(Slot::isBreak).forEach(s -> breaks.add(s.index()));
        return breaks;
    }

    /** First slot of every day after the first (idle gaps are counted within a day only). */
    public Set<Integer> dayStarts() {
        Set<Integer> starts = new LinkedHashSet<>();
        for (int i = 1; i < slots.size(); i++) {
            if (!slots.get(i).day().equals(slots.get(i - 1).day())) {
                starts.add(i);
            }
        }
        return starts;
    }

    public List<LocalDate> days() {
        return slots.stream().map(Slot::day).distinct().toList();
    }
}
