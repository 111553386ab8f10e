package io.musubi.event.scheduling;

/**
 * Third objective: fewer idle gaps. Only moves that keep the set of scheduled meetings are
 * used, so total weight and the number of participants without meetings cannot change.
 *
 * <p>For every participant with gaps and every movable meeting m of theirs (in slot s), each
 * other slot s2 of m is tried with a {@link KempeChain} exchange of s and s2 starting at m. A
 * chain of one meeting is a plain relocation; a chain of two is a swap with the meeting one of
 * m's participants has in s2; longer chains shift whole alternating paths. When m alone could
 * move to s2 but s2's tables are all taken, a <em>table swap</em> exchanges m with the meeting
 * of s2 that fits best into s.
 *
 * <p>Only the participants at the ends of a chain (and of the table-swap partner) change their
 * slots, and they are distinct, so the change of total gaps is the sum of per-participant
 * changes, evaluated without touching the state. The best move for m is applied if it strictly
 * lowers the total. Sweeps repeat until one changes nothing; each applied move lowers the
 * total, so this terminates.
 */
final class GapPolisher {
    private static final int MAX_SWEEPS = 50;

    private final Instance in;
    private final ScheduleState st;
    private final KempeChain chain;

    GapPolisher(Instance in, ScheduleState st) {
        this.in = in;
        this.st = st;
        this.chain = new KempeChain(in, st);
    }

    void run() {
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean improved = false;
            for (int p = 0; p < in.participantCount; p++) {
                if (st.deg[p] < 2 || st.gaps(p) == 0) {
                    continue;
                }
                for (int m : in.incident[p]) {
                    if (st.slotOf[m] >= 0 && !st.fixed[m] && improve(m)) {
                        improved = true;
                    }
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    private boolean improve(int m) {
        int s = st.slotOf[m];
        int bestDelta = 0;
        int bestSlot = -1;
        int bestPartner = -1;
        for (int s2 : in.allowedSlots[m]) {
            if (s2 == s || !chain.build(m, s2, true)) {
                continue;
            }
            int d = chain.gapDelta();
            int partner = -1;
            if (!chain.fitsTables()) {
                if (chain.length() > 1 || d > 0 || st.load[s] - chain.intoS2() > in.tables) {
                    continue; // table swaps only for a lone meeting
                }
                partner = bestTableSwap(m, s, s2);
                if (partner < 0) {
                    continue;
                }
                d += tableSwapDelta(partner, s2, s);
            }
            if (d < bestDelta) {
                bestDelta = d;
                bestSlot = s2;
                bestPartner = partner;
            }
        }
        if (bestSlot < 0) {
            return false;
        }
        chain.build(m, bestSlot, false);
        if (bestPartner >= 0) {
            st.remove(bestPartner);
        }
        chain.apply();
        if (bestPartner >= 0) {
            if (!st.canPlace(bestPartner, s)) {
                throw new IllegalStateException("table swap would break a hard constraint");
            }
            st.place(bestPartner, s);
        }
        st.commit();
        return true;
    }

    /** Meeting of full slot s2 that can move into s and loses the fewest gaps doing so. */
    private int bestTableSwap(int m, int s, int s2) {
        int best = -1;
        int bestDelta = Integer.MAX_VALUE;
        for (int i = 0; i < st.load[s2]; i++) {
            int g = st.member(s2, i);
            if (st.fixed[g] || !freeAndOpen(in.a[g], s, m) || !freeAndOpen(in.b[g], s, m)) {
                continue;
            }
            int d = tableSwapDelta(g, s2, s);
            if (d < bestDelta || (d == bestDelta && g < best)) {
                bestDelta = d;
                best = g;
            }
        }
        return best;
    }

    private int tableSwapDelta(int g, int from, int to) {
        return in.gapsMoved(in.a[g], st.busy, from, to) - in.gaps(in.a[g], st.busy)
                + in.gapsMoved(in.b[g], st.busy, from, to) - in.gaps(in.b[g], st.busy);
    }

    private boolean freeAndOpen(int p, int s, int leaving) {
        int busy = st.busyWith(p, s);
        return in.open(p, s) && (busy < 0 || busy == leaving);
    }
}
