package io.musubi.event.scheduling;

import static io.musubi.event.scheduling.TestSupport.solve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tiny instances (at most 8 meetings) against an independent exhaustive search. */
class BruteForceOptimalityTest {
    private static final int INSTANCES = 30;

    private static SchedulingProblem tiny(long seed) {
        return Problems.random(seed * 7919, 6, 5, 3, 8, false);
    }

    @Test
    void scheduleIsOptimalOnTinyInstances() {
        for (long seed = 1; seed <= INSTANCES; seed++) {
            SchedulingProblem problem = tiny(seed);
            BruteForce.Optimum optimum = BruteForce.solve(problem);
            Schedule schedule = solve(problem);

            assertThat(schedule.totalWeight()).as("weight, seed %d", seed).isEqualTo(optimum.weight());
            assertThat(schedule.participantsWithoutMeeting()).as("fairness, seed %d", seed)
                    .isEqualTo(optimum.withoutMeeting());
            assertThat(schedule.totalGaps()).as("gaps, seed %d", seed).isEqualTo(optimum.gaps());
            assertThat(schedule.provenOptimal()).isTrue();
            assertThat(schedule.bound().value()).isGreaterThanOrEqualTo(optimum.weight());
        }
    }

    /**
     * Without the exact search (as on large events) the heuristic alone must still reach the
     * optimal weight on nearly all tiny instances, and never fall far below it.
     */
    @Test
    void heuristicAloneIsOptimalOrCloseOnTinyInstances() {
        int optimalWeight = 0;
        for (long seed = 1; seed <= INSTANCES; seed++) {
            SchedulingProblem problem = tiny(seed);
            BruteForce.Optimum optimum = BruteForce.solve(problem);
            Schedule schedule = solve(problem, MeetingScheduler.Options.heuristicOnly());

            assertThat(schedule.totalWeight()).isLessThanOrEqualTo(optimum.weight());
            assertThat(schedule.totalWeight()).as("seed %d", seed)
                    .isGreaterThanOrEqualTo(optimum.weight() * 3 / 4);
            if (schedule.totalWeight() == optimum.weight()) {
                optimalWeight++;
            }
        }
        System.out.printf("heuristic alone: optimal weight on %d of %d tiny instances%n", optimalWeight, INSTANCES);
        assertThat(optimalWeight).isGreaterThanOrEqualTo(INSTANCES - 3);
    }
}
