package io.musubi.event.scheduling;

import static io.musubi.event.scheduling.TestSupport.solve;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lexicographic objective, with and without the exact search for small instances. */
class ObjectiveTest {

    enum Mode {
        DEFAULT(MeetingScheduler.Options.defaults()),
        HEURISTIC_ONLY(MeetingScheduler.Options.heuristicOnly());

        final MeetingScheduler.Options options;

        Mode(MeetingScheduler.Options options) {
            this.options = options;
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void higherWeightIsPreferredForTheLastTable(Mode mode) {
        SchedulingProblem problem = Problems.slots(1, 1).participants(1, "a", "b", "c", "d")
                .meeting("light", "a", "b", 1).meeting("heavy", "c", "d", 4).build();
        Schedule schedule = solve(problem, mode.options);

        assertThat(TestSupport.scheduledIds(schedule)).containsExactly("heavy");
    }

    /** One meeting of weight 3 blocks two of weight 2: dropping it is worth 4 > 3. */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void twoLighterMeetingsBeatOneHeavierThatBlocksThem(Mode mode) {
        SchedulingProblem problem = Problems.slots(1, 2).participants(1, "a", "b", "c", "d")
                .meeting("ab", "a", "b", 3).meeting("ac", "a", "c", 2).meeting("bd", "b", "d", 2)
                .build();
        Schedule schedule = solve(problem, mode.options);

        assertThat(TestSupport.scheduledIds(schedule)).containsExactly("ac", "bd");
        assertThat(schedule.totalWeight()).isEqualTo(4);
        assertThat(schedule.achievedRatio()).isEqualTo(1.0);
    }

    /**
     * Two slots, one table: any two meetings weigh 4, but only {ac, bd} gives all four
     * participants a meeting. The ids put the unfair pairs first.
     */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void amongEqualWeightsTheScheduleMeetingEveryoneWins(Mode mode) {
        SchedulingProblem problem = Problems.slots(2, 1).participants(2, "a", "b", "c", "d")
                .meeting("1-ab", "a", "b", 2).meeting("2-ac", "a", "c", 2).meeting("3-bd", "b", "d", 2)
                .meeting("4-ad", "a", "d", 2)
                .build();
        Schedule schedule = solve(problem, mode.options);

        assertThat(schedule.totalWeight()).isEqualTo(4);
        assertThat(schedule.participantsWithoutMeeting()).isZero();
        assertThat(TestSupport.scheduledIds(schedule)).containsExactlyInAnyOrder("2-ac", "3-bd");
    }

    /** Weight still comes first: the fair schedule loses if it weighs less. */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void fairnessNeverCostsWeight(Mode mode) {
        SchedulingProblem problem = Problems.slots(1, 1).participants(1, "a", "b", "c", "d")
                .meeting("ab", "a", "b", 3).meeting("cd", "c", "d", 2).build();
        Schedule schedule = solve(problem, mode.options);

        assertThat(TestSupport.scheduledIds(schedule)).containsExactly("ab");
        assertThat(schedule.participantsWithoutMeeting()).isEqualTo(2);
    }

    /** Three meetings of a, three slots: they must be back to back, with c–d anywhere. */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void amongEqualWeightAndFairnessFewerGapsWin(Mode mode) {
        SchedulingProblem problem = Problems.slots(5, 1).participants(5, "a", "b", "c", "d", "e", "f")
                .meeting("ab", "a", "b", 2).meeting("ac", "a", "c", 2).meeting("ad", "a", "d", 2)
                .meeting("ef", "e", "f", 2).meeting("cf", "c", "f", 2)
                .build();
        Schedule schedule = solve(problem, mode.options);

        assertThat(schedule.assignments()).hasSize(5);
        assertThat(schedule.totalGaps()).isZero();
    }

    /** Breaks, unavailable slots and the night between two days are not idle gaps. */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void breaksUnavailabilityAndDayBoundariesAreNotGaps(Mode mode) {
        SchedulingProblem problem = Problems.slots(7, 1).breakAt(1).dayStartsAt(4)
                .participant("a", 7, 3).participant("b", 7, 2, 3, 4, 5, 6).participant("c", 7, 0, 3, 4, 5, 6)
                .participant("d", 7, 0, 1, 2, 3, 5, 6).participant("e", 7, 0, 1, 2, 3, 4, 5)
                .meeting("ab", "a", "b", 1).meeting("ac", "a", "c", 1).meeting("ad", "a", "d", 1)
                .meeting("ae", "a", "e", 1)
                .build();
        Schedule schedule = solve(problem, mode.options);
        Map<String, Schedule.Assignment> at = TestSupport.byMeeting(schedule);

        // ab in 0, (break 1), ac in 2, (a away in 3) | next day: ad in 4, (5 idle), ae in 6
        assertThat(at.get("ab").slot()).isZero();
        assertThat(at.get("ac").slot()).isEqualTo(2);
        assertThat(at.get("ad").slot()).isEqualTo(4);
        assertThat(at.get("ae").slot()).isEqualTo(6);
        assertThat(schedule.totalGaps()).isEqualTo(1);
    }
}
