package io.musubi.event.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.musubi.event.scheduling.ScheduleValidator.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator is what every other test relies on, so it is tested on broken schedules. */
class ScheduleValidatorTest {
    private final SchedulingProblem problem = Problems.slots(3, 2).breakAt(2)
            .participant("a", 1).participant("b", 3, 1).participants(3, "c", "d")
            .meeting("ab", "a", "b", 2).meeting("cd", "c", "d", 1).meeting("ac", "a", "c", 1)
            .meeting("bd", "b", "d", 1)
            .build();

    private static Schedule.Assignment at(String meeting, int slot, int table) {
        return new Schedule.Assignment(meeting, slot, table);
    }

    private List<Kind> kinds(Schedule.Assignment... assignments) {
        return ScheduleValidator.validate(problem, List.of(assignments)).stream()
                .map(ScheduleValidator.Violation::kind).toList();
    }

    @Test
    void acceptsAValidSchedule() {
        assertThat(kinds(at("ab", 0, 0), at("cd", 0, 1))).isEmpty();
    }

    @Test
    void detectsEachKindOfHardViolation() {
        assertThat(kinds(at("ab", 0, 0), at("cd", 0, 0))).containsExactly(Kind.TABLE_DOUBLE_BOOKED);
        assertThat(kinds(at("cd", 0, 2))).containsExactly(Kind.TABLE_OUT_OF_RANGE);
        assertThat(kinds(at("cd", 2, 0))).containsExactly(Kind.BREAK_SLOT);
        assertThat(kinds(at("cd", 3, 0))).containsExactly(Kind.SLOT_OUT_OF_RANGE);
        assertThat(kinds(at("ab", 1, 0))).containsExactly(Kind.PARTICIPANT_UNAVAILABLE);
        assertThat(kinds(at("cd", 0, 0), at("bd", 0, 1))).containsExactly(Kind.PARTICIPANT_DOUBLE_BOOKED);
        assertThat(kinds(at("ab", 0, 0), at("ac", 1, 0))).containsExactly(Kind.CAP_EXCEEDED);
        assertThat(kinds(at("cd", 0, 0), at("cd", 1, 0))).contains(Kind.MEETING_SCHEDULED_TWICE);
        assertThat(kinds(at("zz", 0, 0))).containsExactly(Kind.UNKNOWN_MEETING);
    }

    @Test
    void detectsBookkeepingErrors() {
        UpperBound bound = UpperBound.of(problem);
        Schedule missing = new Schedule(List.of(at("ab", 0, 0)), List.of(), 2, bound, 0, 2, 0, false);
        assertThat(ScheduleValidator.validate(problem, missing)).extracting(ScheduleValidator.Violation::kind)
                .containsOnly(Kind.MEETING_UNACCOUNTED).hasSize(3);

        List<Schedule.Unscheduled> rest = List.of(
                new Schedule.Unscheduled("cd", UnscheduledReason.SLOTS_FULL, "x"),
                new Schedule.Unscheduled("ac", UnscheduledReason.SLOTS_FULL, "x"),
                new Schedule.Unscheduled("bd", UnscheduledReason.SLOTS_FULL, "x"));
        Schedule wrongWeight = new Schedule(List.of(at("ab", 0, 0)), rest, 5, bound, 0, 2, 0, false);
        assertThat(ScheduleValidator.validate(problem, wrongWeight)).extracting(ScheduleValidator.Violation::kind)
                .containsExactly(Kind.WEIGHT_MISMATCH);

        List<Schedule.Unscheduled> twice = List.of(
                new Schedule.Unscheduled("ab", UnscheduledReason.SLOTS_FULL, "x"),
                new Schedule.Unscheduled("cd", UnscheduledReason.SLOTS_FULL, "x"),
                new Schedule.Unscheduled("ac", UnscheduledReason.SLOTS_FULL, "x"),
                new Schedule.Unscheduled("bd", UnscheduledReason.SLOTS_FULL, "x"));
        Schedule both = new Schedule(List.of(at("ab", 0, 0)), twice, 2, bound, 0, 2, 0, false);
        assertThat(ScheduleValidator.validate(problem, both)).extracting(ScheduleValidator.Violation::kind)
                .containsExactly(Kind.MEETING_UNACCOUNTED);
    }
}
