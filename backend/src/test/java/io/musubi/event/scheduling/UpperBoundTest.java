package io.musubi.event.scheduling;

import static io.musubi.event.scheduling.TestSupport.solve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpperBoundTest {

    /** Property: on 50 seeded random instances (with pins) every output is valid and bounded. */
    @Test
    void boundIsAtLeastTheAchievedWeightOnRandomInstances() {
        for (long seed = 1; seed <= 50; seed++) {
            SchedulingProblem problem = Problems.random(1_000 + seed, 40, 12, 8, 200, true);
            Schedule schedule = solve(problem); // validates and checks bound >= weight
            UpperBound bound = schedule.bound();

            assertThat(bound.tableBound()).isGreaterThanOrEqualTo(schedule.totalWeight());
            assertThat(bound.participantBound()).isGreaterThanOrEqualTo(schedule.totalWeight());
            assertThat(bound.lagrangianBound()).isGreaterThanOrEqualTo(schedule.totalWeight());
            assertThat(bound.value()).isEqualTo(Math.min(bound.tableBound(),
                    Math.min(bound.participantBound(), bound.lagrangianBound())));
            assertThat(schedule.achievedRatio()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void tableBoundSumsTheHeaviestMeetingsThatFitOnTheTables() {
        SchedulingProblem problem = Problems.slots(2, 1).participants(2, "a", "b", "c", "d", "e", "f")
                .meeting("ab", "a", "b", 5).meeting("cd", "c", "d", 4).meeting("ef", "e", "f", 3)
                .build();
        UpperBound bound = UpperBound.of(problem);

        assertThat(bound.tableBound()).isEqualTo(9);
        assertThat(bound.participantBound()).isEqualTo(12);
        assertThat(bound.value()).isEqualTo(9);
        assertThat(solve(problem).totalWeight()).isEqualTo(9);
    }

    /** A star whose centre has cap 1: (a) and (b) are loose, the Lagrangian bound is exact. */
    @Test
    void lagrangianBoundIsTightOnAStar() {
        SchedulingProblem problem = Problems.slots(3, 5).participant("hub", 1).participants(3, "x", "y", "z")
                .meeting("hx", "hub", "x", 3).meeting("hy", "hub", "y", 2).meeting("hz", "hub", "z", 1)
                .build();
        UpperBound bound = UpperBound.of(problem);

        assertThat(bound.tableBound()).isEqualTo(6); // all three fit on the tables
        assertThat(bound.participantBound()).isEqualTo(4); // (3 + 3 + 2 + 1) / 2, rounded down
        assertThat(bound.lagrangianBound()).isEqualTo(3);
        assertThat(solve(problem).totalWeight()).isEqualTo(3);
    }

    @Test
    void meetingsThatCanNeverHappenDoNotCount() {
        SchedulingProblem problem = Problems.slots(2, 2).participant("a", 2, 0).participant("b", 2, 1)
                .participant("c", 0).participants(2, "d")
                .meeting("ab", "a", "b", 4).meeting("cd", "c", "d", 4).meeting("ad", "a", "d", 1)
                .build();

        assertThat(UpperBound.of(problem).value()).isEqualTo(1);
    }

    @Test
    void emptyProblemHasBoundZeroAndRatioOne() {
        SchedulingProblem problem = Problems.slots(0, 0).build();
        Schedule schedule = solve(problem);

        assertThat(schedule.bound().value()).isZero();
        assertThat(schedule.achievedRatio()).isEqualTo(1.0);
    }
}
