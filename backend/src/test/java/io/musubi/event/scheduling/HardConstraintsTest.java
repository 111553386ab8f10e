package io.musubi.event.scheduling;

import static io.musubi.event.scheduling.TestSupport.solve;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HardConstraintsTest {

    /** A hub wanted by many, with more tables than needed: only one meeting per slot for it. */
    @Test
    void nobodyIsInTwoMeetingsInTheSameSlot() {
        Problems b = Problems.slots(3, 10).participants(10, "hub", "a", "b", "c", "d", "e");
        for (String other : new String[] {"a", "b", "c", "d", "e"}) {
            b.meeting("hub-" + other, "hub", other, 3);
        }
        SchedulingProblem problem = b.meeting("a-b", "a", "b", 1).build();
        Schedule schedule = solve(problem);

        Set<String> busy = new HashSet<>();
        Map<String, SchedulingProblem.Meeting> meetings = new java.util.HashMap<>();
        problem.meetings().forEach(m -> meetings.put(m.id(), m));
        for (Schedule.Assignment a : schedule.assignments()) {
            SchedulingProblem.Meeting m = meetings.get(a.meetingId());
            assertThat(busy.add(m.participantA() + "@" + a.slot())).isTrue();
            assertThat(busy.add(m.participantB() + "@" + a.slot())).isTrue();
        }
        assertThat(schedule.assignments().stream().filter(a -> a.meetingId().startsWith("hub"))).hasSize(3);
    }

    @Test
    void everySlotUsesAtMostTDistinctTables() {
        Problems b = Problems.slots(3, 2);
        for (int i = 0; i < 20; i++) {
            b.participant("p" + i, 3);
        }
        for (int i = 0; i < 10; i++) {
            b.meeting("m" + i, "p" + (2 * i), "p" + (2 * i + 1), 1 + i % 3);
        }
        Schedule schedule = solve(b.build());

        assertThat(schedule.assignments()).hasSize(6);
        for (int s = 0; s < 3; s++) {
            int slot = s;
            var tables = schedule.assignments().stream().filter(a -> a.slot() == slot)
                    .map(Schedule.Assignment::table).toList();
            assertThat(tables).hasSize(2).doesNotHaveDuplicates().allMatch(t -> t >= 0 && t < 2);
        }
    }

    @Test
    void breaksAreNeverUsed() {
        SchedulingProblem problem = Problems.slots(3, 1).breakAt(1)
                .participants(3, "a", "b", "c", "d", "e", "f")
                .meeting("ab", "a", "b", 2).meeting("cd", "c", "d", 2).meeting("ef", "e", "f", 2)
                .build();
        Schedule schedule = solve(problem);

        assertThat(schedule.assignments()).hasSize(2).noneMatch(a -> a.slot() == 1);
        assertThat(schedule.bound().value()).isEqualTo(4);
    }

    @Test
    void unavailableSlotsAreRespected() {
        SchedulingProblem problem = Problems.slots(3, 5)
                .participant("a", 3, 0, 1).participant("b", 3).participant("c", 3, 2).participant("d", 3, 0)
                .meeting("ab", "a", "b", 1).meeting("ac", "a", "c", 1).meeting("cd", "c", "d", 1)
                .build();
        Schedule schedule = solve(problem);
        Map<String, Schedule.Assignment> at = TestSupport.byMeeting(schedule);

        assertThat(at.get("ab").slot()).isEqualTo(2);
        assertThat(at).doesNotContainKey("ac"); // a only in 2, c never in 2
        assertThat(at.get("cd").slot()).isEqualTo(1);
    }

    @Test
    void capsAreRespectedAndTheHeaviestMeetingsKept() {
        Problems b = Problems.slots(6, 5).participant("busy", 2);
        for (int i = 0; i < 5; i++) {
            b.participant("o" + i, 6).meeting("m" + i, "busy", "o" + i, i + 1);
        }
        Schedule schedule = solve(b.build());

        assertThat(TestSupport.scheduledIds(schedule)).containsExactly("m3", "m4");
        assertThat(schedule.totalWeight()).isEqualTo(9);
    }

    @Test
    void participantWithCapZeroGetsNoMeeting() {
        SchedulingProblem problem = Problems.slots(2, 2).participant("a", 0).participants(2, "b", "c")
                .meeting("ab", "a", "b", 4).meeting("bc", "b", "c", 1).build();
        Schedule schedule = solve(problem);

        assertThat(TestSupport.scheduledIds(schedule)).containsExactly("bc");
    }

    @Test
    void randomInstancesSatisfyAllHardConstraints() {
        for (long seed = 1; seed <= 40; seed++) {
            SchedulingProblem problem = Problems.random(seed, 30, 10, 6, 120, true);
            solve(problem); // validates
        }
    }
}
