package io.musubi.event.scheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns the final state into a {@link Schedule}: table numbers, reasons, metrics. */
final class ScheduleBuilder {
    private ScheduleBuilder() {
    }

    static Schedule build(Instance in, ScheduleState st, PinPlacement pins, UpperBound bound, boolean proven) {
        List<Schedule.Assignment> assignments = assignTables(in, st, pins);
        List<Schedule.Unscheduled> unscheduled = new ArrayList<>();
        for (int m = 0; m < in.meetingCount; m++) {
            if (st.slotOf[m] < 0) {
                unscheduled.add(explain(in, st, pins, m));
            }
        }
        ScheduleMetrics metrics = ScheduleMetrics.of(in, assignments);
        return new Schedule(assignments, unscheduled, metrics.totalWeight(), bound,
                metrics.participantsWithoutMeeting(), metrics.participantsWithMeeting(),
                metrics.totalGaps(), proven);
    }

    private static List<Schedule.Assignment> assignTables(Instance in, ScheduleState st, PinPlacement pins) {
        List<Schedule.Assignment> result = new ArrayList<>();
        boolean[][] taken = new boolean[in.slotCount][Math.max(in.tables, 0)];
        for (int m = 0; m < in.meetingCount; m++) {
            if (st.slotOf[m] >= 0 && pins.table[m] >= 0) {
                taken[st.slotOf[m]][pins.table[m]] = true;
                result.add(new Schedule.Assignment(in.meetingIds[m], st.slotOf[m], pins.table[m]));
            }
        }
        int[] next = new int[in.slotCount];
        for (int m = 0; m < in.meetingCount; m++) {
            int s = st.slotOf[m];
            if (s >= 0 && pins.table[m] < 0) {
                while (taken[s][next[s]]) {
                    next[s]++;
                }
                taken[s][next[s]] = true;
                result.add(new Schedule.Assignment(in.meetingIds[m], s, next[s]));
            }
        }
        result.sort(Comparator.comparingInt(Schedule.Assignment::slot)
                .thenComparingInt(Schedule.Assignment::table));
        return result;
    }

    private static Schedule.Unscheduled explain(Instance in, ScheduleState st, PinPlacement pins, int m) {
        String id = in.meetingIds[m];
        String nameA = in.participantIds[in.a[m]];
        String nameB = in.participantIds[in.b[m]];
        if (pins.conflict[m] != null) {
            return new Schedule.Unscheduled(id, UnscheduledReason.PINNED_CONFLICT, pins.conflict[m]);
        }
        if (in.allowedSlots[m].length == 0) {
            return new Schedule.Unscheduled(id, UnscheduledReason.NO_COMMON_FREE_SLOT,
                    "no slot outside breaks where both " + nameA + " and " + nameB + " are available");
        }
        for (int p : new int[] {in.a[m], in.b[m]}) {
            if (st.deg[p] >= in.cap[p]) {
                String detail = in.cap[p] == 0
                        ? in.participantIds[p] + " accepts no meetings (cap 0)"
                        : in.participantIds[p] + " already has " + st.deg[p] + " meetings, their cap";
                return new Schedule.Unscheduled(id, UnscheduledReason.PARTICIPANT_CAP_REACHED, detail);
            }
        }
        int bothFree = 0;
        for (int s : in.allowedSlots[m]) {
            if (!st.isBusy(in.a[m], s) && !st.isBusy(in.b[m], s)) {
                if (st.load[s] < in.tables) {
                    throw new IllegalStateException("meeting " + id + " fits in slot " + s + " but was left out");
                }
                bothFree++;
            }
        }
        int common = in.allowedSlots[m].length;
        if (bothFree > 0) {
            return new Schedule.Unscheduled(id, UnscheduledReason.SLOTS_FULL,
                    "all " + in.tables + " tables are taken in the " + bothFree
                            + " slot(s) where both are available and free");
        }
        return new Schedule.Unscheduled(id, UnscheduledReason.PARTICIPANTS_BUSY,
                "in each of the " + common + " slot(s) where both are available, " + nameA + " or "
                        + nameB + " already has another meeting");
    }
}
