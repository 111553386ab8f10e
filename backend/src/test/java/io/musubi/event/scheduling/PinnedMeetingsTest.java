package io.musubi.event.scheduling;

import static io.musubi.event.scheduling.TestSupport.solve;
import static io.musubi.event.scheduling.TestSupport.unscheduled;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PinnedMeetingsTest {

    @Test
    void pinnedMeetingsStayExactlyWherePinned() {
        SchedulingProblem problem = Problems.slots(4, 3).participants(4, "a", "b", "c", "d")
                .meeting("ab", "a", "b", 1).meeting("cd", "c", "d", 1).meeting("ac", "a", "c", 4)
                .pin("ab", 3, 2).pin("cd", 3, 0)
                .build();
        Schedule schedule = solve(problem);
        Map<String, Schedule.Assignment> at = TestSupport.byMeeting(schedule);

        assertThat(at.get("ab")).isEqualTo(new Schedule.Assignment("ab", 3, 2));
        assertThat(at.get("cd")).isEqualTo(new Schedule.Assignment("cd", 3, 0));
        assertThat(at.get("ac").slot()).isNotEqualTo(3);
    }

    /** A pinned light meeting is kept even where dropping it would allow a heavier one. */
    @Test
    void pinsWinOverWeight() {
        SchedulingProblem problem = Problems.slots(1, 1).participants(1, "a", "b", "c")
                .meeting("ab", "a", "b", 1).meeting("ac", "a", "c", 4).pin("ab", 0, 0)
                .build();
        Schedule schedule = solve(problem);

        assertThat(TestSupport.scheduledIds(schedule)).containsExactly("ab");
        assertThat(unscheduled(schedule, "ac")).get().extracting(Schedule.Unscheduled::reason)
                .isEqualTo(UnscheduledReason.PARTICIPANT_CAP_REACHED);
    }

    @Test
    void unhonourablePinsAreReportedAsConflictsWithTheCause() {
        SchedulingProblem problem = Problems.slots(4, 2).breakAt(1)
                .participant("a", 4).participant("b", 4).participant("c", 4, 2).participant("d", 1)
                .participant("e", 4).participant("f", 4)
                .meeting("inBreak", "a", "b", 1).pin("inBreak", 1, 0)
                .meeting("unavailable", "a", "c", 1).pin("unavailable", 2, 0)
                .meeting("tableHeavy", "a", "b", 3).pin("tableHeavy", 0, 1)
                .meeting("tableLight", "e", "f", 2).pin("tableLight", 0, 1)
                .meeting("sameSlot", "a", "e", 1).pin("sameSlot", 0, 0)
                .meeting("capFirst", "d", "e", 3).pin("capFirst", 2, 1)
                .meeting("capSecond", "d", "f", 2).pin("capSecond", 3, 1)
                .meeting("noSuchSlot", "b", "c", 1).pin("noSuchSlot", 9, 0)
                .meeting("noSuchTable", "c", "f", 1).pin("noSuchTable", 3, 2)
                .build();
        Schedule schedule = solve(problem);

        Map<String, String> conflicts = new java.util.TreeMap<>();
        for (Schedule.Unscheduled u : schedule.unscheduled()) {
            if (u.reason() == UnscheduledReason.PINNED_CONFLICT) {
                conflicts.put(u.meetingId(), u.detail());
            }
        }
        assertThat(conflicts).containsOnlyKeys("inBreak", "unavailable", "tableLight", "sameSlot",
                "capSecond", "noSuchSlot", "noSuchTable");
        assertThat(conflicts.get("inBreak")).contains("break");
        assertThat(conflicts.get("unavailable")).contains("c is unavailable in slot 2");
        assertThat(conflicts.get("tableLight")).contains("table 1 in slot 0");
        assertThat(conflicts.get("sameSlot")).contains("a is pinned to another meeting in slot 0");
        assertThat(conflicts.get("capSecond")).contains("d reaches their cap of 1");
        assertThat(conflicts.get("noSuchSlot")).contains("slot 9 does not exist");
        assertThat(conflicts.get("noSuchTable")).contains("table 2 does not exist");
        Map<String, Schedule.Assignment> at = TestSupport.byMeeting(schedule);
        assertThat(at.get("tableHeavy")).isEqualTo(new Schedule.Assignment("tableHeavy", 0, 1));
        assertThat(at.get("capFirst")).isEqualTo(new Schedule.Assignment("capFirst", 2, 1));
    }

    @Test
    void conflictingPinnedMeetingIsNotMovedElsewhere() {
        SchedulingProblem problem = Problems.slots(3, 2).participant("a", 3, 0).participants(3, "b")
                .meeting("ab", "a", "b", 4).pin("ab", 0, 0)
                .build();
        Schedule schedule = solve(problem);

        assertThat(schedule.assignments()).isEmpty();
        assertThat(unscheduled(schedule, "ab")).get().extracting(Schedule.Unscheduled::reason)
                .isEqualTo(UnscheduledReason.PINNED_CONFLICT);
    }

    @Test
    void validatorRejectsAMovedPinOrAnUnjustifiedConflict() {
        SchedulingProblem problem = Problems.slots(2, 1).participants(2, "a", "b")
                .meeting("ab", "a", "b", 1).pin("ab", 1, 0).build();
        Schedule honest = solve(problem);

        List<Schedule.Assignment> moved = List.of(new Schedule.Assignment("ab", 0, 0));
        Schedule movedPin = new Schedule(moved, List.of(), 1, honest.bound(), 0, 2, 0, false);
        assertThat(ScheduleValidator.validate(problem, movedPin))
                .extracting(ScheduleValidator.Violation::kind)
                .containsExactly(ScheduleValidator.Kind.PIN_NOT_HONOURED);

        List<Schedule.Unscheduled> claimed = new ArrayList<>();
        claimed.add(new Schedule.Unscheduled("ab", UnscheduledReason.PINNED_CONFLICT, "made up"));
        Schedule falseConflict = new Schedule(List.of(), claimed, 0, honest.bound(), 2, 0, 0, false);
        assertThat(ScheduleValidator.validate(problem, falseConflict))
                .extracting(ScheduleValidator.Violation::kind)
                .containsExactly(ScheduleValidator.Kind.PIN_CONFLICT_UNJUSTIFIED);
    }
}
