package io.musubi.event.scheduling;

/**
 * Exhaustive branch-and-bound for small sessions (a handful of free meetings), exact for the
 * full lexicographic objective.
 *
 * <p>Meetings are branched in order of weight: put it in each slot where it fits, or leave it
 * out. A branch is cut when even adding every remaining meeting that still fits somewhere could
 * not reach the incumbent's weight (ties must still be explored for the fairness and gap
 * tie-breaks). The heuristic's
 * schedule is the starting incumbent, so the result is never worse than it. If the node limit
 * is hit the best schedule found so far is kept and optimality is not claimed.
 */
final class ExactSearch {
    private final Instance in;
    private final ScheduleState st;
    private final int[] order;
    private final long[] suffix;
    private final long nodeLimit;
    private final int[] bestSlot;
    private long bestWeight;
    private int bestWithout;
    private int bestGaps;
    private long nodes;
    private boolean aborted;

    private ExactSearch(Instance in, ScheduleState st, int[] free, long nodeLimit) {
        this.in = in;
        this.st = st;
        this.order = free;
        this.nodeLimit = nodeLimit;
        suffix = new long[free.length + 1];
        for (int i = free.length - 1; i >= 0; i--) {
            suffix[i] = suffix[i + 1] + in.weight[free[i]];
        }
        bestSlot = new int[free.length];
    }

    /**
     * Replaces the free meetings' placement in {@code st} by an optimal one.
     *
     * @param free meetings the search may place, highest weight first; the others stay as they are
     * @return true if the search finished, i.e. the result is proven optimal
     */
    static boolean run(Instance in, ScheduleState st, int[] free, long nodeLimit) {
        ExactSearch search = new ExactSearch(in, st, free, nodeLimit);
        search.recordIncumbent();
        for (int m : free) {
            if (st.slotOf[m] >= 0) {
                st.remove(m);
            }
        }
        search.branch(0);
        for (int i = 0; i < free.length; i++) {
            if (st.slotOf[free[i]] >= 0) {
                st.remove(free[i]);
            }
        }
        for (int i = 0; i < free.length; i++) {
            if (search.bestSlot[i] >= 0) {
                st.place(free[i], search.bestSlot[i]);
            }
        }
        st.commit();
        return !search.aborted;
    }

    private void recordIncumbent() {
        bestWeight = st.weight();
        bestWithout = st.withoutMeeting();
        bestGaps = totalGaps();
        for (int i = 0; i < order.length; i++) {
            bestSlot[i] = st.slotOf[order[i]];
        }
    }

    private void branch(int i) {
        if (aborted || ++nodes > nodeLimit) {
            aborted = true;
            return;
        }
        if (st.weight() + suffix[i] < bestWeight || st.weight() + placeableWeight(i) < bestWeight) {
            return;
        }
        if (i == order.length) {
            consider();
            return;
        }
        int m = order[i];
        for (int s : in.allowedSlots[m]) {
            if (st.canPlace(m, s)) {
                int mark = st.mark();
                st.place(m, s);
                branch(i + 1);
                st.rollback(mark);
            }
        }
        branch(i + 1);
    }

    /** Weight of the meetings from i on that still fit somewhere as things stand. */
    private long placeableWeight(int i) {
        long sum = 0;
        for (int j = i; j < order.length; j++) {
            for (int s : in.allowedSlots[order[j]]) {
                if (st.canPlace(order[j], s)) {
                    sum += in.weight[order[j]];
                    break;
                }
            }
        }
        return sum;
    }

    private void consider() {
        long w = st.weight();
        int z = st.withoutMeeting();
        if (w < bestWeight || (w == bestWeight && z > bestWithout)) {
            return;
        }
        int g = totalGaps();
        if (w == bestWeight && z == bestWithout && g >= bestGaps) {
            return;
        }
        recordIncumbent();
    }

    private int totalGaps() {
        int total = 0;
        for (int p = 0; p < in.participantCount; p++) {
            if (st.deg[p] > 1) {
                total += st.gaps(p);
            }
        }
        return total;
    }
}
