package io.musubi.event.scheduling;

import static io.musubi.event.scheduling.TestSupport.solve;
import static io.musubi.event.scheduling.TestSupport.unscheduled;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnscheduledReasonsTest {

    private static Schedule.Unscheduled reasonFor(SchedulingProblem problem, String meeting) {
        return unscheduled(solve(problem), meeting).orElseThrow();
    }

    @Test
    void noCommonFreeSlotWhenAvailabilitiesDoNotOverlap() {
        SchedulingProblem problem = Problems.slots(3, 1).breakAt(1)
                .participant("a", 3, 0).participant("b", 3, 2)
                .meeting("ab", "a", "b", 4).build();

        Schedule.Unscheduled u = reasonFor(problem, "ab");
        assertThat(u.reason()).isEqualTo(UnscheduledReason.NO_COMMON_FREE_SLOT);
        assertThat(u.detail()).contains("a", "b");
    }

    @Test
    void capReachedWhenTheParticipantIsFull() {
        SchedulingProblem problem = Problems.slots(3, 3).participant("a", 1).participants(3, "b", "c")
                .meeting("ab", "a", "b", 4).meeting("ac", "a", "c", 1).build();

        Schedule.Unscheduled u = reasonFor(problem, "ac");
        assertThat(u.reason()).isEqualTo(UnscheduledReason.PARTICIPANT_CAP_REACHED);
        assertThat(u.detail()).contains("a already has 1 meetings");
    }

    @Test
    void capReachedWhenTheCapIsZero() {
        SchedulingProblem problem = Problems.slots(1, 1).participant("a", 0).participant("b", 1)
                .meeting("ab", "a", "b", 1).build();

        Schedule.Unscheduled u = reasonFor(problem, "ab");
        assertThat(u.reason()).isEqualTo(UnscheduledReason.PARTICIPANT_CAP_REACHED);
        assertThat(u.detail()).contains("cap 0");
    }

    @Test
    void slotsFullWhenBothAreFreeButNoTableIsLeft() {
        SchedulingProblem problem = Problems.slots(1, 1).participants(1, "a", "b", "c", "d")
                .meeting("ab", "a", "b", 4).meeting("cd", "c", "d", 1).build();

        Schedule.Unscheduled u = reasonFor(problem, "cd");
        assertThat(u.reason()).isEqualTo(UnscheduledReason.SLOTS_FULL);
        assertThat(u.detail()).contains("all 1 tables");
    }

    @Test
    void participantsBusyWhenOneOfThemMeetsSomeoneElseInEveryCommonSlot() {
        SchedulingProblem problem = Problems.slots(2, 5).participant("a", 2).participant("b", 2)
                .participant("c", 2, 1)
                .meeting("ab1", "a", "b", 4).meeting("ab2", "a", "b", 4).meeting("ac", "a", "c", 1).build();

        Schedule schedule = solve(problem);
        assertThat(TestSupport.scheduledIds(schedule)).containsExactly("ab1", "ab2");
        // a is at cap 2 here, so the cap is the first blocker named
        assertThat(unscheduled(schedule, "ac").orElseThrow().reason())
                .isEqualTo(UnscheduledReason.PARTICIPANT_CAP_REACHED);

        SchedulingProblem roomy = Problems.slots(2, 5).participant("a", 3).participant("b", 2)
                .participant("c", 2, 1)
                .meeting("ab1", "a", "b", 4).meeting("ab2", "a", "b", 4).meeting("ac", "a", "c", 1).build();
        Schedule.Unscheduled u = reasonFor(roomy, "ac");
        assertThat(u.reason()).isEqualTo(UnscheduledReason.PARTICIPANTS_BUSY);
        assertThat(u.detail()).contains("1 slot(s)");
    }

    @Test
    void everyAcceptedMeetingIsEitherScheduledOrExplained() {
        SchedulingProblem problem = BenchmarkEvent.generate(3, 150, 1_500, 15);
        Schedule schedule = solve(problem);

        assertThat(schedule.assignments().size() + schedule.unscheduled().size())
                .isEqualTo(problem.meetings().size());
        assertThat(schedule.unscheduled()).allSatisfy(u -> {
            assertThat(u.reason()).isNotNull();
            assertThat(u.detail()).isNotBlank();
        });
    }
}
