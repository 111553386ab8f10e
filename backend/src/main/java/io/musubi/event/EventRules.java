package io.musubi.event;

import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.i18n.Localized;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The checks an event must pass, as field errors (pure: "now" and the stored event are given). */
final class EventRules {
    static final Set<Integer> SLOT_LENGTHS = Set.of(15, 20, 30);
    static final int MAX_TABLES = 1000;
    static final int MAX_SESSIONS = 31;
    static final int MAX_SLOTS = 500;

    private EventRules() {
    }

    /**
     * @param existing the stored event when changing one: its session days may lie in the past already and stay
     *                 allowed, only new ones must not
     */
    static List<FieldError> problems(EventRequest r, Instant now, FairEvent existing) {
        List<FieldError> problems = new ArrayList<>();
        Localized names = r.names() == null ? Localized.EMPTY : r.names();
        if (names.isEmpty()) {
            problems.add(new FieldError("names", "required", "needs a name in at least one language"));
        }
        for (String[] name : new String[][] {{"ja", names.ja()}, {"zh", names.zh()}, {"en", names.en()}}) {
            if (name[1] != null && name[1].length() > 200) {
                problems.add(new FieldError("names." + name[0], "size", "must be at most 200 characters"));
            }
        }
        if (r.venue() == null || r.venue().isBlank()) {
            problems.add(new FieldError("venue", "not_blank", "must not be blank"));
        } else if (r.venue().length() > 300) {
            problems.add(new FieldError("venue", "size", "must be at most 300 characters"));
        }
        ZoneId zone = zone(r.timeZone(), problems);
        if (r.slotMinutes() == null) {
            problems.add(new FieldError("slotMinutes", "required", "must be 15, 20 or 30"));
        } else if (!SLOT_LENGTHS.contains(r.slotMinutes())) {
            problems.add(new FieldError("slotMinutes", "allowed", "must be 15, 20 or 30"));
        }
        if (r.tables() == null) {
            problems.add(new FieldError("tables", "required", "must be a number of tables"));
        } else if (r.tables() < 1) {
            problems.add(new FieldError("tables", "min", "must be at least 1"));
        } else if (r.tables() > MAX_TABLES) {
            problems.add(new FieldError("tables", "max", "must be at most " + MAX_TABLES));
        }
        range(problems, "requestExpiryHours", r.requestExpiryHours(), 1, 24 * 30);
        range(problems, "maxOutgoingRequests", r.maxOutgoingRequests(), 1, 500);
        range(problems, "defaultMeetingCap", r.defaultMeetingCap(), 1, MAX_SLOTS);
        if (r.sessions() != null && r.sessions().size() > MAX_SESSIONS) {
            problems.add(new FieldError("sessions", "size", "must be at most " + MAX_SESSIONS + " sessions"));
            return problems;
        }
        if (r.breaks() != null && r.breaks().size() > 100) {
            problems.add(new FieldError("breaks", "size", "must be at most 100 breaks"));
            return problems;
        }
        int slotMinutes = r.slotMinutes() != null && SLOT_LENGTHS.contains(r.slotMinutes()) ? r.slotMinutes() : 0;
        List<FieldError> timetable = Timetable.problems(slotMinutes, r.sessions(), r.breakList());
        problems.addAll(timetable);
        if (zone != null && r.sessions() != null) {
            LocalDate today = now.atZone(zone).toLocalDate();
            for (int i = 0; i < r.sessions().size(); i++) {
                Timetable.Period s = r.sessions().get(i);
                boolean kept = existing != null && existing.sessions().contains(s);
                if (s != null && s.date() != null && s.date().isBefore(today) && !kept) {
                    problems.add(new FieldError("sessions[" + i + "].date", "past", "is before today ("
                            + today + " in " + zone + ")"));
                }
            }
        }
        if (timetable.isEmpty() && zone != null && slotMinutes > 0) {
            Timetable t = Timetable.of(zone, slotMinutes, r.sessions(), r.breakList());
            if (t.size() > MAX_SLOTS) {
                problems.add(new FieldError("sessions", "max", "make " + t.size() + " slots; at most " + MAX_SLOTS));
            } else {
                Instant end = t.slot(t.size() - 1).end().toInstant();
                deadline(problems, "registrationDeadline", r.registrationDeadline(), now, end, existing == null
                        ? null : existing.registrationDeadline());
                deadline(problems, "requestDeadline", r.requestDeadline(), now, end, existing == null
                        ? null : existing.requestDeadline());
            }
        }
        return problems;
    }

    private static void deadline(List<FieldError> problems, String field, java.time.OffsetDateTime value,
                                 Instant now, Instant end, Instant stored) {
        if (value == null) {
            problems.add(new FieldError(field, "required", "must be a date and time with its offset"));
            return;
        }
        Instant at = value.toInstant();
        if (at.isAfter(end)) {
            problems.add(new FieldError(field, "order", "must not be after the last session ends (" + end + ")"));
        } else if (at.isBefore(now) && !at.equals(stored)) {
            problems.add(new FieldError(field, "past", "is in the past"));
        }
    }

    private static ZoneId zone(String id, List<FieldError> problems) {
        if (id == null || id.isBlank()) {
            problems.add(new FieldError("timeZone", "required", "must be a time zone such as Asia/Tokyo"));
            return null;
        }
        try {
            ZoneId zone = ZoneId.of(id);
            if (!(zone instanceof ZoneOffset) && !id.startsWith("GMT") && !id.startsWith("UTC+")
                    && !id.startsWith("UTC-") && !id.startsWith("UT+") && !id.startsWith("UT-")) {
                return zone;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        problems.add(new FieldError("timeZone", "unknown", "must be an IANA time zone such as Asia/Tokyo"));
        return null;
    }

    private static void range(List<FieldError> problems, String field, Integer value, int min, int max) {
        if (value == null) {
            return;
        }
        if (value < min) {
            problems.add(new FieldError(field, "min", "must be at least " + min));
        } else if (value > max) {
            problems.add(new FieldError(field, "max", "must be at most " + max));
        }
    }
}
