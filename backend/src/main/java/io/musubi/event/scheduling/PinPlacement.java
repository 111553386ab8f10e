package io.musubi.event.scheduling;

import java.util.Arrays;
import java.util.Map;

/**
 * Puts the organiser's pinned meetings into the state first, exactly where pinned, and marks
 * them fixed so no later phase moves or drops them.
 *
 * <p>A pin is honoured if its slot and table exist, the slot is not a break, both participants
 * are available, and it does not clash with pins honoured before it (same table, a participant
 * already pinned in that slot, or a participant's cap already filled by pins). Pins are taken
 * by weight (highest first), then meeting id, so when two pins clash the more valuable one is
 * kept. A pin that cannot be honoured is reported as {@link UnscheduledReason#PINNED_CONFLICT}
 * and the meeting is not scheduled anywhere else: where it goes is the organiser's decision.
 */
final class PinPlacement {
    /** Pinned table per meeting for honoured pins, else -1. */
    final int[] table;
    /** Conflict detail per meeting for pins that were not honoured, else null. */
    final String[] conflict;

    private PinPlacement(int meetings) {
        table = new int[meetings];
        Arrays.fill(table, -1);
        conflict = new String[meetings];
    }

    static PinPlacement place(Instance in, ScheduleState state) {
        PinPlacement result = new PinPlacement(in.meetingCount);
        Map<String, SchedulingProblem.Pin> pins = in.problem.pins();
        Integer[] order = pins.keySet().stream().map(in::meetingIndex).toArray(Integer[]::new);
        Arrays.sort(order, (x, y) -> in.weight[x] != in.weight[y]
                ? Long.compare(in.weight[y], in.weight[x]) : Integer.compare(x, y));
        boolean[] tableTaken = new boolean[in.slotCount * Math.max(in.tables, 0)];
        for (int m : order) {
            SchedulingProblem.Pin pin = pins.get(in.meetingIds[m]);
            String problem = check(in, state, tableTaken, m, pin);
            if (problem != null) {
                result.conflict[m] = problem;
                continue;
            }
            state.place(m, pin.slot());
            state.fixed[m] = true;
            tableTaken[pin.slot() * in.tables + pin.table()] = true;
            result.table[m] = pin.table();
        }
        state.commit();
        return result;
    }

    private static String check(Instance in, ScheduleState state, boolean[] tableTaken, int m,
                                SchedulingProblem.Pin pin) {
        int s = pin.slot();
        if (s < 0 || s >= in.slotCount) {
            return "pinned slot " + s + " does not exist";
        }
        if (pin.table() < 0 || pin.table() >= in.tables) {
            return "pinned table " + pin.table() + " does not exist";
        }
        if (in.breakSlot[s]) {
            return "pinned slot " + s + " is a break";
        }
        if (tableTaken[s * in.tables + pin.table()]) {
            return "table " + pin.table() + " in slot " + s + " is pinned to another meeting";
        }
        for (int p : new int[] {in.a[m], in.b[m]}) {
            String who = in.participantIds[p];
            if (!in.open(p, s)) {
                return who + " is unavailable in slot " + s;
            }
            if (state.isBusy(p, s)) {
                return who + " is pinned to another meeting in slot " + s;
            }
            if (state.deg[p] >= in.cap[p]) {
                return who + " reaches their cap of " + in.cap[p] + " meetings with other pins";
            }
        }
        return null;
    }
}
