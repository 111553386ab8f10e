package io.musubi.event.scheduling;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Local search on the first two objectives (total weight, then participants without a
 * meeting). Every accepted move makes the pair (weight, −withoutMeeting) lexicographically
 * larger, so the search cannot cycle and stops at a local optimum.
 *
 * <p><b>Insertion with ejection.</b> For an unscheduled meeting e and each slot s where both
 * participants are available, make room in s: if a participant is at their cap, drop their
 * cheapest meeting; if a participant already meets someone in s, move that meeting to another
 * slot where it fits, or shift it out of s by a {@link KempeChain} exchange, or drop it; if
 * all tables of s are taken, move one meeting of s elsewhere or drop the cheapest (preferring
 * one whose participants keep another meeting). Then put e in s. The best slot is applied if
 * it improves the objective (e.g. a weight-3 meeting replaces a weight-1 one, or an
 * equal-weight swap gives a participant without meetings their first one). Dropped meetings
 * stay candidates and may come back elsewhere later, which chains moves together. When every
 * slot is full, a slot whose cheapest movable meeting is worth more than e may lose is
 * skipped without trying: one of its meetings would have to be dropped.
 *
 * <p><b>Kick.</b> Remove one scheduled meeting g and greedily add unscheduled meetings of g's
 * two participants into the room it frees; keep the result if it improves the objective. This
 * finds the "one out, two in" exchanges that single insertions cannot (a weight-3 meeting that
 * blocks two weight-2 ones).
 */
final class InsertionSearch {
    private static final int MAX_PASSES = 200;
    private static final int MAX_ROUNDS = 50;
    private static final boolean[] SHIFT_VARIANTS = {false, true};

    private final Instance in;
    private final ScheduleState st;
    private final int[] pool;
    private final int[][] byWeight;
    private final boolean[] candidate;
    private final KempeChain chain;

    InsertionSearch(Instance in, ScheduleState st, PinPlacement pins) {
        this.in = in;
        this.st = st;
        this.pool = GreedyConstruction.freeMeetings(in, pins);
        this.candidate = new boolean[in.meetingCount];
        this.chain = new KempeChain(in, st);
        for (int m : pool) {
            candidate[m] = true;
        }
        byWeight = new int[in.participantCount][];
        for (int p = 0; p < in.participantCount; p++) {
            byWeight[p] = sortByWeight(in.incident[p]);
        }
    }

    /** Runs insertion passes and kick passes until neither improves. */
    void run() {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (int pass = 0; pass < MAX_PASSES && insertionPass(); pass++) {
                changed = true;
            }
            if (!kickPass() && !changed) {
                return;
            }
        }
    }

    boolean insertionPass() {
        boolean any = false;
        for (int m : pool) {
            if (st.slotOf[m] < 0 && tryInsert(m)) {
                any = true;
            }
        }
        return any;
    }

    /** Best improving insertion of e over all its slots; applied if found. */
    boolean tryInsert(int e) {
        int pa = in.a[e];
        int pb = in.b[e];
        long w0 = st.weight();
        int z0 = st.withoutMeeting();
        boolean helpsFairness = st.deg[pa] == 0 || st.deg[pb] == 0;
        long maxLoss = helpsFairness ? in.weight[e] : in.weight[e] - 1;
        boolean roomElsewhere = anyOpenTable();
        int bestSlot = -1;
        boolean bestShift = false;
        long bestDw = 0;
        int bestDz = 0;
        for (int s : in.allowedSlots[e]) {
            if (!roomElsewhere && st.load[s] >= in.tables && st.minMovableWeight(s) > maxLoss) {
                // Every slot is full, so no meeting can leave s for another slot (Kempe
                // exchanges between full slots keep both counts): one of s must be dropped,
                // and all of them are too valuable.
                continue;
            }
            for (boolean shift : SHIFT_VARIANTS) {
                int mark = st.mark();
                long dw = Long.MIN_VALUE;
                int dz = 0;
                if (makeRoom(e, s, w0, maxLoss, shift)) {
                    st.place(e, s);
                    dw = st.weight() - w0;
                    dz = st.withoutMeeting() - z0;
                    if (improves(dw, dz) && (bestSlot < 0 || dw > bestDw || (dw == bestDw && dz < bestDz))) {
                        bestSlot = s;
                        bestShift = shift;
                        bestDw = dw;
                        bestDz = dz;
                    }
                }
                st.rollback(mark);
                if (dw == in.weight[e]) {
                    break; // nothing was dropped: the other variant cannot do better here
                }
            }
        }
        if (bestSlot < 0) {
            return false;
        }
        makeRoom(e, bestSlot, w0, maxLoss, bestShift);
        st.place(e, bestSlot);
        st.commit();
        return true;
    }

    /**
     * Frees slot s for e (see class comment). Returns false, leaving partial changes for the
     * caller to roll back, if that is impossible or would lose more than {@code maxLoss}.
     * With {@code shift}, a blocking meeting that cannot simply move is shifted out of s by a
     * Kempe exchange before it is dropped; both variants are evaluated because shifting can
     * also be worse (it may bring a meeting into s that then has to give up its table).
     */
    boolean makeRoom(int e, int s, long w0, long maxLoss, boolean shift) {
        int pa = in.a[e];
        int pb = in.b[e];
        for (int p = pa; ; p = pb) {
            if (st.deg[p] >= in.cap[p]) {
                int victim = capVictim(p, s);
                if (victim < 0) {
                    return false;
                }
                st.remove(victim);
                if (w0 - st.weight() > maxLoss) {
                    return false;
                }
            }
            if (p == pb) {
                break;
            }
        }
        for (int p = pa; ; p = pb) {
            int f = st.busyWith(p, s);
            if (f >= 0) {
                if (st.fixed[f]) {
                    return false;
                }
                int mark = st.mark();
                st.remove(f);
                if (!relocate(f, s)) {
                    st.rollback(mark);
                    if (!shift || !shiftOut(f, s, pa, pb)) {
                        st.remove(f);
                        if (w0 - st.weight() > maxLoss) {
                            return false;
                        }
                    }
                }
            }
            if (p == pb) {
                break;
            }
        }
        if (st.load[s] >= in.tables && !freeTable(s, w0, maxLoss)) {
            return false;
        }
        return st.canPlace(e, s);
    }

    /** Moves one meeting of full slot s elsewhere, or drops the cheapest. */
    private boolean freeTable(int s, long w0, long maxLoss) {
        if (anyOpenTable()) {
            int[] members = new int[st.load[s]];
            for (int i = 0; i < members.length; i++) {
                members[i] = st.member(s, i);
            }
            Arrays.sort(members);
            for (int g : members) {
                if (st.fixed[g]) {
                    continue;
                }
                int mark = st.mark();
                st.remove(g);
                if (relocate(g, s)) {
                    return true;
                }
                st.rollback(mark);
            }
        }
        int victim = -1;
        for (int i = 0; i < st.load[s]; i++) {
            int g = st.member(s, i);
            if (!st.fixed[g] && (victim < 0 || cheaperVictim(g, victim))) {
                victim = g;
            }
        }
        if (victim < 0) {
            return false;
        }
        st.remove(victim);
        return w0 - st.weight() <= maxLoss;
    }

    /** Meeting of p to drop for p's cap: the cheapest, preferring the one in slot s. */
    private int capVictim(int p, int s) {
        int victim = -1;
        for (int g : in.incident[p]) {
            if (st.slotOf[g] >= 0 && !st.fixed[g] && (victim < 0 || cheaperVictim(g, victim))) {
                victim = g;
            }
        }
        int inSlot = st.busyWith(p, s);
        if (victim >= 0 && inSlot >= 0 && !st.fixed[inSlot] && in.weight[inSlot] == in.weight[victim]) {
            return inSlot;
        }
        return victim;
    }

    /** Cheaper to drop: lower weight, then fewer participants left without a meeting, then id. */
    private boolean cheaperVictim(int g, int than) {
        if (in.weight[g] != in.weight[than]) {
            return in.weight[g] < in.weight[than];
        }
        int zg = lonely(g);
        int zt = lonely(than);
        return zg != zt ? zg < zt : g < than;
    }

    private int lonely(int g) {
        return (st.deg[in.a[g]] == 1 ? 1 : 0) + (st.deg[in.b[g]] == 1 ? 1 : 0);
    }

    /**
     * Moves f out of slot s by a Kempe exchange of s with another slot, if one leaves both
     * participants of the incoming meeting ({@code pa}, {@code pb}) free in s.
     */
    private boolean shiftOut(int f, int s, int pa, int pb) {
        for (int s2 : in.allowedSlots[f]) {
            if (s2 == s || !chain.build(f, s2, false) || !chain.fitsTables()) {
                continue;
            }
            int mark = st.mark();
            chain.apply();
            if (!st.isBusy(pa, s) && !st.isBusy(pb, s)) {
                return true;
            }
            st.rollback(mark);
        }
        return false;
    }

    /** Puts unscheduled f into some slot other than {@code excluded} where it fits as is. */
    boolean relocate(int f, int excluded) {
        for (int s : in.allowedSlots[f]) {
            if (s != excluded && st.canPlace(f, s)) {
                st.place(f, s);
                return true;
            }
        }
        return false;
    }

    private boolean anyOpenTable() {
        for (int s = 0; s < in.slotCount; s++) {
            if (!in.breakSlot[s] && st.load[s] < in.tables) {
                return true;
            }
        }
        return false;
    }

    boolean kickPass() {
        Integer[] scheduled = IntStream.range(0, in.meetingCount)
                .filter(m -> st.slotOf[m] >= 0 && !st.fixed[m]).boxed().toArray(Integer[]::new);
        Arrays.sort(scheduled, (x, y) -> in.weight[x] != in.weight[y]
                ? Long.compare(in.weight[x], in.weight[y]) : Integer.compare(x, y));
        boolean any = false;
        for (int g : scheduled) {
            if (st.slotOf[g] >= 0 && tryKick(g)) {
                any = true;
            }
        }
        return any;
    }

    private boolean tryKick(int g) {
        long w0 = st.weight();
        int z0 = st.withoutMeeting();
        int mark = st.mark();
        st.remove(g);
        int[] first = byWeight[in.a[g]];
        int[] second = byWeight[in.b[g]];
        int i = 0;
        int j = 0;
        while (i < first.length || j < second.length) {
            int c;
            if (j >= second.length || (i < first.length && in.weight[first[i]] >= in.weight[second[j]])) {
                c = first[i++];
            } else {
                c = second[j++];
            }
            if (c != g && candidate[c] && st.slotOf[c] < 0) {
                relocate(c, -1);
            }
        }
        long dw = st.weight() - w0;
        int dz = st.withoutMeeting() - z0;
        if (improves(dw, dz)) {
            st.commit();
            return true;
        }
        st.rollback(mark);
        return false;
    }

    private static boolean improves(long dw, int dz) {
        return dw > 0 || (dw == 0 && dz < 0);
    }

    private int[] sortByWeight(int[] meetings) {
        Integer[] boxed = Arrays.stream(meetings).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (x, y) -> in.weight[x] != in.weight[y]
                ? Long.compare(in.weight[y], in.weight[x]) : Integer.compare(x, y));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }
}
