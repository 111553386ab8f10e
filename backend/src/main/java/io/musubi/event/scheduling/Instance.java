package io.musubi.event.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Array form of a {@link SchedulingProblem} used by the algorithms.
 *
 * <p>Participants and meetings are indexed in <em>canonical order</em>, i.e. sorted by id, so
 * every tie-break that falls back to an index depends only on the ids, never on list order
 * or hash iteration order. Hash maps are used for id look-ups only and are never iterated.
 */
final class Instance {
    final SchedulingProblem problem;
    final int participantCount;
    final int meetingCount;
    final int slotCount;
    final int tables;

    final String[] participantIds;
    final int[] cap;
    /** {@code open[p * slotCount + s]}: slot s is not a break and p is available in it. */
    final boolean[] open;
    final boolean[] breakSlot;
    final int[] dayStart;
    final int[] dayEnd;
    final int[] dayOfSlot;

    final String[] meetingIds;
    final int[] a;
    final int[] b;
    final long[] weight;
    /** Slots in which both participants are open, ascending. */
    final int[][] allowedSlots;
    /** Meetings of each participant, ascending index. */
    final int[][] incident;
    /** Participant has at least one accepted meeting (counts for fairness). */
    final boolean[] hasRequests;

    private final Map<String, Integer> participantIndex;
    private final Map<String, Integer> meetingIndex;

    Instance(SchedulingProblem problem) {
        this.problem = problem;
        slotCount = problem.slotCount();
        tables = problem.tables();

        List<SchedulingProblem.Participant> ps = new ArrayList<>(problem.participants());
        ps.sort(Comparator.comparing(SchedulingProblem.Participant::id));
        participantCount = ps.size();
        participantIds = new String[participantCount];
        cap = new int[participantCount];
        participantIndex = new HashMap<>(participantCount * 2);
        breakSlot = new boolean[slotCount];
        for (int s : problem.breaks()) {
            breakSlot[s] = true;
        }
        open = new boolean[participantCount * slotCount];
        for (int p = 0; p < participantCount; p++) {
            SchedulingProblem.Participant participant = ps.get(p);
            participantIds[p] = participant.id();
            cap[p] = participant.maxMeetings();
            participantIndex.put(participant.id(), p);
            for (int s = 0; s < slotCount; s++) {
                open[p * slotCount + s] = !breakSlot[s] && !participant.unavailableSlots().contains(s);
            }
        }

        dayOfSlot = new int[slotCount];
        int[] starts = problem.dayStarts().stream().mapToInt(Integer::intValue)
                .filter(s -> s > 0).sorted().toArray();
        int days = slotCount == 0 ? 0 : starts.length + 1;
        dayStart = new int[days];
        dayEnd = new int[days];
        for (int d = 0; d < days; d++) {
            dayStart[d] = d == 0 ? 0 : starts[d - 1];
            dayEnd[d] = d == days - 1 ? slotCount : starts[d];
            for (int s = dayStart[d]; s < dayEnd[d]; s++) {
                dayOfSlot[s] = d;
            }
        }

        List<SchedulingProblem.Meeting> ms = new ArrayList<>(problem.meetings());
        ms.sort(Comparator.comparing(SchedulingProblem.Meeting::id));
        meetingCount = ms.size();
        meetingIds = new String[meetingCount];
        a = new int[meetingCount];
        b = new int[meetingCount];
        weight = new long[meetingCount];
        allowedSlots = new int[meetingCount][];
        meetingIndex = new HashMap<>(meetingCount * 2);
        int[] degree = new int[participantCount];
        int[] buffer = new int[slotCount];
        for (int m = 0; m < meetingCount; m++) {
            SchedulingProblem.Meeting meeting = ms.get(m);
            meetingIds[m] = meeting.id();
            meetingIndex.put(meeting.id(), m);
            a[m] = participantIndex.get(meeting.participantA());
            b[m] = participantIndex.get(meeting.participantB());
            weight[m] = meeting.weight();
            degree[a[m]]++;
            degree[b[m]]++;
            int n = 0;
            for (int s = 0; s < slotCount; s++) {
                if (open(a[m], s) && open(b[m], s)) {
                    buffer[n++] = s;
                }
            }
            allowedSlots[m] = Arrays.copyOf(buffer, n);
        }
        incident = new int[participantCount][];
        hasRequests = new boolean[participantCount];
        for (int p = 0; p < participantCount; p++) {
            incident[p] = new int[degree[p]];
            hasRequests[p] = degree[p] > 0;
        }
        int[] fill = new int[participantCount];
        for (int m = 0; m < meetingCount; m++) {
            incident[a[m]][fill[a[m]]++] = m;
            incident[b[m]][fill[b[m]]++] = m;
        }
    }

    boolean open(int p, int s) {
        return open[p * slotCount + s];
    }

    /** Whether the meeting can appear in some hard-feasible schedule at all. */
    boolean schedulable(int m) {
        return allowedSlots[m].length > 0 && cap[a[m]] > 0 && cap[b[m]] > 0;
    }

    int other(int m, int p) {
        return a[m] == p ? b[m] : a[m];
    }

    Integer meetingIndex(String id) {
        return meetingIndex.get(id);
    }

    Integer participantIndex(String id) {
        return participantIndex.get(id);
    }

    int usableSlotCount() {
        int n = 0;
        for (int s = 0; s < slotCount; s++) {
            if (!breakSlot[s]) {
                n++;
            }
        }
        return n;
    }

    /**
     * Idle gaps of participant {@code p}: slots in which p is open (available, not a break)
     * and has no meeting, lying strictly between two of p's meetings on the same day.
     * Breaks and p's unavailable slots are not idle time and never count.
     *
     * @param busy flattened participant-by-slot array; {@code busy[p * slotCount + s] >= 0}
     *             means p has a meeting in s
     */
    int gaps(int p, int[] busy) {
        return gapsMoved(p, busy, -1, -1);
    }

    /**
     * {@link #gaps(int, int[])} as if p's meeting in slot {@code from} were in slot {@code to}
     * instead (either may be -1 for "none"), without changing {@code busy}.
     */
    int gapsMoved(int p, int[] busy, int from, int to) {
        int base = p * slotCount;
        int total = 0;
        for (int d = 0; d < dayStart.length; d++) {
            int seen = -1;
            int idle = 0;
            for (int s = dayStart[d]; s < dayEnd[d]; s++) {
                if (s == to || (s != from && busy[base + s] >= 0)) {
                    if (seen >= 0) {
                        total += idle;
                    }
                    seen = s;
                    idle = 0;
                } else if (open[base + s]) {
                    idle++;
                }
            }
        }
        return total;
    }
}
