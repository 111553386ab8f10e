package io.musubi.event;

import io.musubi.company.CompanyKind;
import io.musubi.platform.error.ApiError.FieldError;
import io.musubi.platform.error.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The checks a registration passes (every problem at once, each naming its field). Pure. */
final class ParticipantRules {
    private ParticipantRules() {
    }

    /** A checked registration: its role and the meeting cap to store. */
    record Checked(ParticipantRole role, int cap) {
    }

    static Checked check(ParticipantRequest r, FairEvent event, CompanyKind companyKind) {
        List<FieldError> problems = new ArrayList<>();
        ParticipantRole role = null;
        try {
            role = ParticipantRole.parse("role", r.role()).orElse(null);
            if (role == null) {
                problems.add(new FieldError("role", "required", "must be " + ParticipantRole.choices()));
            } else if (role == ParticipantRole.LARGE_FIRM && companyKind != CompanyKind.LARGE_FIRM) {
                problems.add(new FieldError("role", "kind", "LARGE_FIRM is for companies registered as large firms"));
            }
        } catch (ApiException unknown) {
            problems.addAll(unknown.toError().errors());
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
        return new Checked(role, cap);
    }

    /** The unavailable slots to store: each once, in order. */
    static List<Integer> slots(ParticipantRequest r) {
        return r.unavailableSlots() == null ? List.of() : new ArrayList<>(new TreeSet<>(r.unavailableSlots()));
    }
}
