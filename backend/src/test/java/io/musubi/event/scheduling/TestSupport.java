package io.musubi.event.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Shared helpers: every schedule a test produces goes through the validator. */
final class TestSupport {
    private TestSupport() {
    }

    static Schedule solve(SchedulingProblem problem) {
        return solve(problem, MeetingScheduler.Options.defaults());
    }

    static Schedule solve(SchedulingProblem problem, MeetingScheduler.Options options) {
        Schedule schedule = new MeetingScheduler(options).schedule(problem);
        assertThat(ScheduleValidator.validate(problem, schedule)).as("violations").isEmpty();
        assertThat(schedule.bound().value()).as("upper bound").isGreaterThanOrEqualTo(schedule.totalWeight());
        ScheduleMetrics metrics = ScheduleMetrics.of(problem, schedule.assignments());
        assertThat(schedule.totalWeight()).isEqualTo(metrics.totalWeight());
        assertThat(schedule.participantsWithoutMeeting()).isEqualTo(metrics.participantsWithoutMeeting());
        assertThat(schedule.totalGaps()).isEqualTo(metrics.totalGaps());
        return schedule;
    }

    static Map<String, Schedule.Assignment> byMeeting(Schedule schedule) {
        return schedule.assignments().stream()
                .collect(Collectors.toMap(Schedule.Assignment::meetingId, a -> a));
    }

    static List<String> scheduledIds(Schedule schedule) {
        return schedule.assignments().stream().map(Schedule.Assignment::meetingId).sorted().toList();
    }

    static Optional<Schedule.Unscheduled> unscheduled(Schedule schedule, String meetingId) {
        return schedule.unscheduled().stream().filter(u -> u.meetingId().equals(meetingId)).findFirst();
    }
}
