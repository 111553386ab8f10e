package io.musubi.event.scheduling;

import java.util.Arrays;
import java.util.Collection;

/**
 * The three objective values of a set of assignments, computed from the problem alone, and
 * their lexicographic order: (1) more total weight, then (2) fewer participants without a
 * meeting (among those with at least one accepted meeting), then (3) fewer idle gaps.
 *
 * <p>A gap is a slot in which the participant is available and has no meeting, lying strictly
 * between two of their meetings on the same day. Breaks and the participant's own unavailable
 * slots are not idle time and never count. A hole of two slots counts as two gaps.
 *
 * <p>Assignments naming unknown meetings or slots are ignored here; use
 * {@link ScheduleValidator} to find them.
 */
public record ScheduleMetrics(long totalWeight, int participantsWithoutMeeting,
                              int participantsWithMeeting, int totalGaps) {

    public static ScheduleMetrics of(SchedulingProblem problem, Collection<Schedule.Assignment> assignments) {
        return of(new Instance(problem), assignments);
    }

    static ScheduleMetrics of(Instance in, Collection<Schedule.Assignment> assignments) {
        int[] busy = new int[in.participantCount * in.slotCount];
        Arrays.fill(busy, -1);
        int[] deg = new int[in.participantCount];
        long weight = 0;
        for (Schedule.Assignment assignment : assignments) {
            Integer m = in.meetingIndex(assignment.meetingId());
            if (m == null || assignment.slot() < 0 || assignment.slot() >= in.slotCount) {
                continue;
            }
            weight += in.weight[m];
            for (int p : new int[] {in.a[m], in.b[m]}) {
                busy[p * in.slotCount + assignment.slot()] = m;
                deg[p]++;
            }
        }
        int without = 0;
        int with = 0;
        int gaps = 0;
        for (int p = 0; p < in.participantCount; p++) {
            if (deg[p] > 0) {
                with++;
                gaps += in.gaps(p, busy);
            } else if (in.hasRequests[p]) {
                without++;
            }
        }
        return new ScheduleMetrics(weight, without, with, gaps);
    }

    /** Negative if this is lexicographically better than {@code other}, 0 if equal. */
    public int compareObjective(ScheduleMetrics other) {
        if (totalWeight != other.totalWeight) {
            return totalWeight > other.totalWeight ? -1 : 1;
        }
        if (participantsWithoutMeeting != other.participantsWithoutMeeting) {
            return Integer.compare(participantsWithoutMeeting, other.participantsWithoutMeeting);
        }
        return Integer.compare(totalGaps, other.totalGaps);
    }
}
