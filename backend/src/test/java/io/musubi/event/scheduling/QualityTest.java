package io.musubi.event.scheduling;

import static io.musubi.event.scheduling.TestSupport.solve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A scaled-down benchmark event, so quality regressions show up in the test run. */
class QualityTest {

    @Test
    void benchmarkShapedEventReachesNinetySevenPercentOfTheBound() {
        for (int tables : new int[] {40, 80}) {
            SchedulingProblem problem = BenchmarkEvent.generate(17, 400, 4_000, tables);
            Schedule schedule = solve(problem);

            assertThat(schedule.achievedRatio()).as("tables %d", tables).isGreaterThanOrEqualTo(0.97);
        }
    }

    @Test
    void oversubscribedEventFillsEveryTableWithMustMeetMeetings() {
        SchedulingProblem problem = BenchmarkEvent.generate(23, 300, 3_000, 30);
        Schedule schedule = solve(problem);
        long lightest = Long.MAX_VALUE;
        java.util.Map<String, Long> weight = new java.util.HashMap<>();
        problem.meetings().forEach(m -> weight.put(m.id(), m.weight()));
        for (Schedule.Assignment a : schedule.assignments()) {
            lightest = Math.min(lightest, weight.get(a.meetingId()));
        }
        // 30 tables x 16 slots, far more must-meet requests (weight >= 3) than tables:
        // every table is used, and never by a would-like meeting
        assertThat(schedule.assignments()).hasSize(16 * 30);
        assertThat(lightest).isGreaterThanOrEqualTo(3);
    }
}
