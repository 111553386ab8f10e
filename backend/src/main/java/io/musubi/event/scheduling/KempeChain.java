package io.musubi.event.scheduling;

/**
 * Kempe chain exchange between two slots, the classic edge-colouring move.
 *
 * <p>Starting from meeting m in slot s, follow the meetings that alternate between slots s and
 * s2 through shared participants (m, the meeting m's participant has in s2, the meeting that
 * one's other participant has in s, ...). Every participant has at most one meeting per slot,
 * so this chain is a path or a cycle. Swapping s and s2 for the whole chain never double-books
 * anyone; only the participants at the two ends of a path change their set of slots, everyone
 * inside keeps exactly the slots they had. The exchange is allowed if every meeting of the
 * chain may take place in its new slot, none is pinned and both slots keep at most T meetings.
 */
final class KempeChain {
    private static final int MAX_LENGTH = 64;

    private final Instance in;
    private final ScheduleState st;
    private final int[] chain = new int[MAX_LENGTH];
    private final int[] target = new int[MAX_LENGTH];
    private final int[] stamp;
    private int stampNow;
    private int length;
    private int intoS2;
    private int gapDelta;
    private int slotS;
    private int slotS2;

    KempeChain(Instance in, ScheduleState st) {
        this.in = in;
        this.st = st;
        this.stamp = new int[in.meetingCount];
    }

    /**
     * Collects the s/s2 chain of scheduled meeting m (in slot s). Returns false if it is longer
     * than 64 meetings, contains a pinned meeting or a meeting not allowed in its new slot.
     *
     * @param withGaps also compute {@link #gapDelta()}
     */
    boolean build(int m, int s2, boolean withGaps) {
        int s = st.slotOf[m];
        slotS = s;
        slotS2 = s2;
        stampNow++;
        length = 0;
        intoS2 = 0;
        gapDelta = 0;
        if (!add(m)) {
            return false;
        }
        for (int start : new int[] {in.a[m], in.b[m]}) {
            int p = start;
            int current = m;
            while (true) {
                int from = st.slotOf[current];
                int to = from == s ? s2 : s;
                int next = st.busyWith(p, to);
                if (next < 0) {
                    if (withGaps) { // p is an end of the path: its meeting moves from -> to
                        gapDelta += in.gapsMoved(p, st.busy, from, to) - in.gaps(p, st.busy);
                    }
                    break;
                }
                if (stamp[next] == stampNow) {
                    break; // closed a cycle
                }
                if (!add(next)) {
                    return false;
                }
                p = in.other(next, p);
                current = next;
            }
        }
        return true;
    }

    private boolean add(int m) {
        if (length == MAX_LENGTH || st.fixed[m]) {
            return false;
        }
        int to = st.slotOf[m] == slotS ? slotS2 : slotS;
        if (!in.open(in.a[m], to) || !in.open(in.b[m], to)) {
            return false;
        }
        stamp[m] = stampNow;
        target[length] = to;
        chain[length++] = m;
        intoS2 += to == slotS2 ? 1 : -1;
        return true;
    }

    int length() {
        return length;
    }

    /** Net number of meetings the exchange moves from s into s2. */
    int intoS2() {
        return intoS2;
    }

    /** Change of total gaps the exchange causes (if built with gaps). */
    int gapDelta() {
        return gapDelta;
    }

    /** Whether both slots stay within the table count after the exchange. */
    boolean fitsTables() {
        return st.load[slotS2] + intoS2 <= in.tables && st.load[slotS] - intoS2 <= in.tables;
    }

    /** Performs the exchange built last (through the state's journal, so it can be undone). */
    void apply() {
        for (int i = 0; i < length; i++) {
            st.remove(chain[i]);
        }
        for (int i = 0; i < length; i++) {
            if (!st.canPlace(chain[i], target[i])) {
                throw new IllegalStateException("Kempe exchange would break a hard constraint");
            }
            st.place(chain[i], target[i]);
        }
    }
}
