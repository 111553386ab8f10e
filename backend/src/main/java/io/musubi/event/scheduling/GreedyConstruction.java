package io.musubi.event.scheduling;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * First schedule: meetings in order of weight (highest first), each placed in a feasible slot
 * if there is one.
 *
 * <p>Among equal weights, meetings of participants with fewer accepted meetings go first: they
 * have the fewest alternatives and are the most likely to end up with no meeting at all. The
 * slot chosen for a meeting is the one adding the fewest idle gaps for its two participants,
 * then the least loaded one (keeping tables free everywhere leaves more room for later, more
 * constrained meetings), then the earliest.
 */
final class GreedyConstruction {
    private GreedyConstruction() {
    }

    static void run(Instance in, ScheduleState state, PinPlacement pins) {
        for (int m : freeMeetings(in, pins)) {
            if (state.slotOf[m] < 0) {
                placeBest(in, state, m);
            }
        }
        state.commit();
    }

    /** Meetings the scheduler may place freely (schedulable, not pinned), in greedy order. */
    static int[] freeMeetings(Instance in, PinPlacement pins) {
        Integer[] order = IntStream.range(0, in.meetingCount)
                .filter(m -> in.schedulable(m) && pins.table[m] < 0 && pins.conflict[m] == null)
                .boxed().toArray(Integer[]::new);
        Arrays.sort(order, (x, y) -> {
            if (in.weight[x] != in.weight[y]) {
                return Long.compare(in.weight[y], in.weight[x]);
            }
            int sx = scarcity(in, x);
            int sy = scarcity(in, y);
            return sx != sy ? Integer.compare(sx, sy) : Integer.compare(x, y);
        });
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static int scarcity(Instance in, int m) {
        return Math.min(in.incident[in.a[m]].length, in.incident[in.b[m]].length);
    }

    /** Places m in its best feasible slot; returns false if there is none. */
    static boolean placeBest(Instance in, ScheduleState state, int m) {
        int best = -1;
        int bestDelta = Integer.MAX_VALUE;
        int pa = in.a[m];
        int pb = in.b[m];
        int baseA = -1;
        int baseB = -1;
        for (int s : in.allowedSlots[m]) {
            if (!state.canPlace(m, s)) {
                continue;
            }
            if (baseA < 0) {
                baseA = state.gaps(pa);
                baseB = state.gaps(pb);
            }
            int delta = state.gapsWith(pa, s) - baseA + state.gapsWith(pb, s) - baseB;
            if (best < 0 || delta < bestDelta || (delta == bestDelta && state.load[s] < state.load[best])) {
                best = s;
                bestDelta = delta;
            }
        }
        if (best < 0) {
            return false;
        }
        state.place(m, best);
        return true;
    }
}
