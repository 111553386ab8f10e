package io.musubi.event.scheduling;

import java.util.List;

/**
 * Result of {@link MeetingScheduler#schedule}.
 *
 * @param assignments               scheduled meetings, sorted by slot then table
 * @param unscheduled               every accepted meeting that is not scheduled, with a
 *                                  reason, sorted by meeting id
 * @param totalWeight               sum of the weights of the scheduled meetings
 * @param bound                     upper bound on the total weight of any valid schedule
 * @param participantsWithoutMeeting participants with at least one accepted meeting but no
 *                                  scheduled one
 * @param participantsWithMeeting   participants with at least one scheduled meeting
 * @param totalGaps                 idle gaps summed over participants (see
 *                                  {@link ScheduleMetrics})
 * @param provenOptimal             true if exact search proved this schedule optimal for the
 *                                  full lexicographic objective
 */
public record Schedule(
        List<Assignment> assignments,
        List<Unscheduled> unscheduled,
        long totalWeight,
        UpperBound bound,
        int participantsWithoutMeeting,
        int participantsWithMeeting,
        int totalGaps,
        boolean provenOptimal) {

    /** A scheduled meeting. */
    public record Assignment(String meetingId, int slot, int table) {
    }

    /** A meeting left out, with the reason and a human-readable detail. */
    public record Unscheduled(String meetingId, UnscheduledReason reason, String detail) {
    }

    public Schedule {
        assignments = List.copyOf(assignments);
        unscheduled = List.copyOf(unscheduled);
    }

    /** Achieved weight divided by the upper bound (1 when the bound is 0). */
    public double achievedRatio() {
        return bound.value() == 0 ? 1.0 : (double) totalWeight / bound.value();
    }

    /** Idle gaps per participant who has at least one meeting. */
    public double averageGaps() {
        return participantsWithMeeting == 0 ? 0.0 : (double) totalGaps / participantsWithMeeting;
    }
}
