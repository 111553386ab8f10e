package io.musubi.event.scheduling;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Input of one business-matching session: who takes part, which slots and tables exist,
 * which meetings were accepted and which of them the organiser pinned.
 *
 * <p>Slots are numbered {@code 0..slotCount-1}; several days may be flattened into one
 * sequence, with {@link #dayStarts()} marking the first slot of every day after the first.
 * Slots in {@link #breaks()} exist on the clock but nobody meets in them. Every slot has the
 * same {@link #tables()} tables, numbered {@code 0..tables-1}.
 *
 * <p>The record only checks that the input is well formed (unique ids, known participants,
 * indices in range, positive weights). Pins that cannot be honoured are <em>not</em> input
 * errors: the scheduler reports them as {@link UnscheduledReason#PINNED_CONFLICT}.
 *
 * @param participants every participant, unique ids
 * @param slotCount    number of slots on the flattened time line, {@code >= 0}
 * @param breaks       slot indices in which nobody meets (lunch, keynote, ...)
 * @param dayStarts    slot indices that start a new day; slot 0 always starts day 0 and may be
 *                     omitted. Idle gaps are only counted within a day.
 * @param tables       tables available in every slot, {@code >= 0}
 * @param meetings     accepted meetings, unique ids, between two different known participants
 * @param pins         meeting id to the slot and table the organiser fixed it to
 */
public record SchedulingProblem(
        List<Participant> participants,
        int slotCount,
        Set<Integer> breaks,
        Set<Integer> dayStarts,
        int tables,
        List<Meeting> meetings,
        Map<String, Pin> pins) {

    /**
     * A participant (one person or one company delegation meeting as a unit).
     *
     * @param id               unique id
     * @param maxMeetings      most meetings this participant wants in the session, {@code >= 0}
     * @param unavailableSlots slots in which this participant cannot meet
     */
    public record Participant(String id, int maxMeetings, Set<Integer> unavailableSlots) {
        public Participant {
            Objects.requireNonNull(id, "participant id");
            if (maxMeetings < 0) {
                throw new IllegalArgumentException("participant " + id + ": maxMeetings < 0");
            }
            unavailableSlots = Set.copyOf(unavailableSlots == null ? Set.of() : unavailableSlots);
        }
    }

    /**
     * An accepted meeting request between two participants.
     *
     * @param id           unique id
     * @param participantA one participant id
     * @param participantB the other participant id (different from A)
     * @param weight       value of holding the meeting, {@code > 0} (integral so that the
     *                     lexicographic objective compares exactly; e.g. must-meet 3 /
     *                     would-like 1, +1 if the interest is mutual)
     */
    public record Meeting(String id, String participantA, String participantB, long weight) {
        public Meeting {
            Objects.requireNonNull(id, "meeting id");
            Objects.requireNonNull(participantA, "participantA");
            Objects.requireNonNull(participantB, "participantB");
            if (weight <= 0) {
                throw new IllegalArgumentException("meeting " + id + ": weight must be > 0");
            }
            if (participantA.equals(participantB)) {
                throw new IllegalArgumentException("meeting " + id + ": participant meets itself");
            }
        }
    }

    /** Slot and table the organiser fixed a meeting to. Range is checked by the scheduler. */
    public record Pin(int slot, int table) {
    }

    public SchedulingProblem {
        participants = List.copyOf(participants);
        breaks = Set.copyOf(breaks == null ? Set.of() : breaks);
        dayStarts = Set.copyOf(dayStarts == null ? Set.of() : dayStarts);
        meetings = List.copyOf(meetings);
        pins = Map.copyOf(pins == null ? Map.of() : pins);
        if (slotCount < 0) {
            throw new IllegalArgumentException("slotCount < 0");
        }
        if (tables < 0) {
            throw new IllegalArgumentException("tables < 0");
        }
        for (int s : breaks) {
            checkSlot(s, slotCount, "break");
        }
        for (int s : dayStarts) {
            checkSlot(s, slotCount, "day start");
        }
        Set<String> participantIds = new HashSet<>();
        for (Participant p : participants) {
            if (!participantIds.add(p.id())) {
                throw new IllegalArgumentException("duplicate participant id " + p.id());
            }
            for (int s : p.unavailableSlots()) {
                checkSlot(s, slotCount, "unavailable slot of " + p.id());
            }
        }
        Set<String> meetingIds = new HashSet<>();
        for (Meeting m : meetings) {
            if (!meetingIds.add(m.id())) {
                throw new IllegalArgumentException("duplicate meeting id " + m.id());
            }
            if (!participantIds.contains(m.participantA()) || !participantIds.contains(m.participantB())) {
                throw new IllegalArgumentException("meeting " + m.id() + " names an unknown participant");
            }
        }
        for (Map.Entry<String, Pin> pin : pins.entrySet()) {
            Objects.requireNonNull(pin.getValue(), "pin");
            if (!meetingIds.contains(pin.getKey())) {
                throw new IllegalArgumentException("pin for unknown meeting " + pin.getKey());
            }
        }
    }

    /** A problem without pins. */
    public SchedulingProblem(List<Participant> participants, int slotCount, Set<Integer> breaks,
                             Set<Integer> dayStarts, int tables, List<Meeting> meetings) {
        this(participants, slotCount, breaks, dayStarts, tables, meetings, Map.of());
    }

    private static void checkSlot(int slot, int slotCount, String what) {
        if (slot < 0 || slot >= slotCount) {
            throw new IllegalArgumentException(what + " " + slot + " is not in 0.." + (slotCount - 1));
        }
    }
}
