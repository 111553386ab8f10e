package io.musubi.event.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks any schedule against the problem, independently of how it was produced (it shares no
 * code with the scheduler). An empty list means the schedule is valid.
 */
public final class ScheduleValidator {

    /** What is wrong. */
    public enum Kind {
        /** Assignment names a meeting that is not in the problem. */
        UNKNOWN_MEETING,
        /** A meeting is scheduled more than once. */
        MEETING_SCHEDULED_TWICE,
        /** Slot index outside 0..slotCount-1. */
        SLOT_OUT_OF_RANGE,
        /** Meeting placed in a break. */
        BREAK_SLOT,
        /** Table index outside 0..tables-1 (with distinct tables this also caps a slot at T). */
        TABLE_OUT_OF_RANGE,
        /** Two meetings at the same table in the same slot. */
        TABLE_DOUBLE_BOOKED,
        /** A participant in two meetings in the same slot. */
        PARTICIPANT_DOUBLE_BOOKED,
        /** A participant placed in a slot they are unavailable in. */
        PARTICIPANT_UNAVAILABLE,
        /** A participant has more meetings than their cap. */
        CAP_EXCEEDED,
        /** A pinned meeting is scheduled elsewhere, or left out without PINNED_CONFLICT. */
        PIN_NOT_HONOURED,
        /** PINNED_CONFLICT reported, but the pin is feasible alongside the honoured pins. */
        PIN_CONFLICT_UNJUSTIFIED,
        /** A meeting is neither scheduled nor listed as unscheduled, or listed twice. */
        MEETING_UNACCOUNTED,
        /** Reported total weight differs from the sum of the scheduled weights. */
        WEIGHT_MISMATCH
    }

    /** One problem found. */
    public record Violation(Kind kind, String message) {
    }

    private ScheduleValidator() {
    }

    /** Hard constraints only: double booking, tables, breaks, availability, caps, duplicates. */
    public static List<Violation> validate(SchedulingProblem problem, List<Schedule.Assignment> assignments) {
        List<Violation> out = new ArrayList<>();
        Map<String, SchedulingProblem.Meeting> meetings = meetingsById(problem);
        Map<String, SchedulingProblem.Participant> participants = new HashMap<>();
        for (SchedulingProblem.Participant p : problem.participants()) {
            participants.put(p.id(), p);
        }
        Set<String> seen = new HashSet<>();
        Map<String, String> tableUse = new HashMap<>();
        Map<String, String> participantUse = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Schedule.Assignment as : assignments) {
            SchedulingProblem.Meeting m = meetings.get(as.meetingId());
            if (m == null) {
                out.add(new Violation(Kind.UNKNOWN_MEETING, "unknown meeting " + as.meetingId()));
                continue;
            }
            if (!seen.add(m.id())) {
                out.add(new Violation(Kind.MEETING_SCHEDULED_TWICE, "meeting " + m.id() + " scheduled twice"));
            }
            int s = as.slot();
            if (s < 0 || s >= problem.slotCount()) {
                out.add(new Violation(Kind.SLOT_OUT_OF_RANGE, m.id() + " in slot " + s));
                continue;
            }
            if (problem.breaks().contains(s)) {
                out.add(new Violation(Kind.BREAK_SLOT, m.id() + " in break slot " + s));
            }
            if (as.table() < 0 || as.table() >= problem.tables()) {
                out.add(new Violation(Kind.TABLE_OUT_OF_RANGE, m.id() + " at table " + as.table()));
            }
            String previous = tableUse.put(s + "/" + as.table(), m.id());
            if (previous != null) {
                out.add(new Violation(Kind.TABLE_DOUBLE_BOOKED,
                        "table " + as.table() + " in slot " + s + ": " + previous + " and " + m.id()));
            }
            for (String pid : List.of(m.participantA(), m.participantB())) {
                String other = participantUse.put(pid + "@" + s, m.id());
                if (other != null) {
                    out.add(new Violation(Kind.PARTICIPANT_DOUBLE_BOOKED,
                            pid + " in slot " + s + ": " + other + " and " + m.id()));
                }
                if (participants.get(pid).unavailableSlots().contains(s)) {
                    out.add(new Violation(Kind.PARTICIPANT_UNAVAILABLE, pid + " unavailable in slot " + s));
                }
                count.merge(pid, 1, Integer::sum);
            }
        }
        for (SchedulingProblem.Participant p : problem.participants()) {
            int n = count.getOrDefault(p.id(), 0);
            if (n > p.maxMeetings()) {
                out.add(new Violation(Kind.CAP_EXCEEDED, p.id() + " has " + n + " > " + p.maxMeetings()));
            }
        }
        return out;
    }

    /**
     * Hard constraints plus bookkeeping: every meeting scheduled or listed unscheduled exactly
     * once, pins honoured or justly reported as conflicts, and the reported total weight.
     */
    public static List<Violation> validate(SchedulingProblem problem, Schedule schedule) {
        List<Violation> out = validate(problem, schedule.assignments());
        Map<String, SchedulingProblem.Meeting> meetings = meetingsById(problem);
        Map<String, Schedule.Assignment> placed = new HashMap<>();
        long weight = 0;
        for (Schedule.Assignment as : schedule.assignments()) {
            SchedulingProblem.Meeting m = meetings.get(as.meetingId());
            if (m != null && placed.putIfAbsent(m.id(), as) == null) {
                weight += m.weight();
            }
        }
        Map<String, Schedule.Unscheduled> left = new HashMap<>();
        for (Schedule.Unscheduled u : schedule.unscheduled()) {
            if (left.put(u.meetingId(), u) != null || placed.containsKey(u.meetingId())
                    || !meetings.containsKey(u.meetingId())) {
                out.add(new Violation(Kind.MEETING_UNACCOUNTED,
                        "meeting " + u.meetingId() + " listed as unscheduled twice, or also scheduled, or unknown"));
            }
        }
        for (SchedulingProblem.Meeting m : problem.meetings()) {
            if (!placed.containsKey(m.id()) && !left.containsKey(m.id())) {
                out.add(new Violation(Kind.MEETING_UNACCOUNTED, "meeting " + m.id() + " missing from the result"));
            }
        }
        if (weight != schedule.totalWeight()) {
            out.add(new Violation(Kind.WEIGHT_MISMATCH,
                    "reported " + schedule.totalWeight() + ", assignments weigh " + weight));
        }
        checkPins(problem, meetings, placed, left, schedule.unscheduled(), out);
        return out;
    }

    private static void checkPins(SchedulingProblem problem, Map<String, SchedulingProblem.Meeting> meetings,
                                  Map<String, Schedule.Assignment> placed, Map<String, Schedule.Unscheduled> left,
                                  List<Schedule.Unscheduled> unscheduled, List<Violation> out) {
        Set<String> pinnedTables = new HashSet<>();
        Set<String> pinnedBusy = new HashSet<>();
        Map<String, Integer> pinnedCount = new HashMap<>();
        for (String pinned : new java.util.TreeSet<>(problem.pins().keySet())) {
            Schedule.Assignment as = placed.get(pinned);
            SchedulingProblem.Pin pin = problem.pins().get(pinned);
            if (as != null) {
                if (as.slot() != pin.slot() || as.table() != pin.table()) {
                    out.add(new Violation(Kind.PIN_NOT_HONOURED, pinned + " pinned to " + pin
                            + " but scheduled at slot " + as.slot() + " table " + as.table()));
                }
                SchedulingProblem.Meeting m = meetings.get(pinned);
                pinnedTables.add(pin.slot() + "/" + pin.table());
                for (String pid : List.of(m.participantA(), m.participantB())) {
                    pinnedBusy.add(pid + "@" + pin.slot());
                    pinnedCount.merge(pid, 1, Integer::sum);
                }
            } else {
                Schedule.Unscheduled u = left.get(pinned);
                if (u == null || u.reason() != UnscheduledReason.PINNED_CONFLICT) {
                    out.add(new Violation(Kind.PIN_NOT_HONOURED, pinned + " pinned but left out without PINNED_CONFLICT"));
                }
            }
        }
        Map<String, SchedulingProblem.Participant> participants = new HashMap<>();
        for (SchedulingProblem.Participant p : problem.participants()) {
            participants.put(p.id(), p);
        }
        for (Schedule.Unscheduled u : unscheduled) {
            if (u.reason() != UnscheduledReason.PINNED_CONFLICT) {
                continue;
            }
            SchedulingProblem.Pin pin = problem.pins().get(u.meetingId());
            SchedulingProblem.Meeting m = meetings.get(u.meetingId());
            if (pin == null || m == null) {
                out.add(new Violation(Kind.PIN_CONFLICT_UNJUSTIFIED, u.meetingId() + " has no pin"));
                continue;
            }
            int s = pin.slot();
            boolean infeasible = s < 0 || s >= problem.slotCount() || problem.breaks().contains(s)
                    || pin.table() < 0 || pin.table() >= problem.tables()
                    || pinnedTables.contains(s + "/" + pin.table());
            for (String pid : List.of(m.participantA(), m.participantB())) {
                SchedulingProblem.Participant p = participants.get(pid);
                infeasible |= p.unavailableSlots().contains(s) || pinnedBusy.contains(pid + "@" + s)
                        || pinnedCount.getOrDefault(pid, 0) >= p.maxMeetings();
            }
            if (!infeasible) {
                out.add(new Violation(Kind.PIN_CONFLICT_UNJUSTIFIED,
                        u.meetingId() + " reported as pin conflict but its pin fits beside the honoured pins"));
            }
        }
    }

    private static Map<String, SchedulingProblem.Meeting> meetingsById(SchedulingProblem problem) {
        Map<String, SchedulingProblem.Meeting> meetings = new HashMap<>();
        for (SchedulingProblem.Meeting m : problem.meetings()) {
            meetings.put(m.id(), m);
        }
        return meetings;
    }
}
