package io.musubi.event.scheduling;

import java.util.Arrays;

/**
 * Upper bound on the total weight of <em>any</em> schedule that satisfies the hard constraints.
 *
 * <h2>Pins</h2>
 * Every schedule the scheduler returns contains the honoured pins P (chosen deterministically
 * by {@link PinPlacement}) and none of the conflicting ones. So the bound is w(P) plus a bound
 * on the <em>residual</em> problem: the other meetings, with {@code T(s) = T − (pins in s)}
 * tables in slot s, caps {@code cap(p) − (pins of p)}, and a meeting allowed in slot s only if
 * both participants are available there, neither is pinned there, and T(s) > 0. Without pins
 * this is the original problem. Everything below is about the residual problem.
 *
 * <h2>Definitions</h2>
 * Let E' be the meetings that can appear in some valid residual schedule at all: they have an
 * allowed slot, and both residual caps are positive. For a participant p let
 * {@code k(p) = min(cap(p), f(p))}, where f(p) counts the slots in which at least one of p's
 * E'-meetings is allowed. For a non-break slot s let n(s) count the participants with an
 * E'-meeting allowed in s, and let {@code C = sum over non-break s of min(T(s), floor(n(s) / 2))}
 * (at most T times the number of usable slots).
 * <ul>
 *   <li>(a) {@link #tableBound}: the sum of the largest {@code min(|E'|, C)} weights in E'.</li>
 *   <li>(b) {@link #participantBound}: half the sum over p of the sum of the largest k(p)
 *       weights of p's E'-meetings (rounded down).</li>
 *   <li>(c) {@link #lagrangianBound}: the smallest value, rounded down, found for the dual
 *       function {@code D(λ, μ) = λ·C + Σ_p k(p)·μ(p) + Σ_{e=(a,b) in E'} max(0, w(e) − λ − μ(a) − μ(b))}
 *       over λ ≥ 0, μ ≥ 0 (see below).</li>
 * </ul>
 * Each reported figure includes w(P); {@link #value} is the minimum of the three.
 *
 * <h2>Proof that each is an upper bound</h2>
 * Take any valid schedule that honours exactly the pins P, and let X be its other meetings; X is
 * a valid residual schedule. Then X ⊆ E' (a meeting outside E' has no slot it may use, or a
 * participant who may not meet any more). In a slot s the meetings of X use distinct tables
 * not taken by pins, so there are at most T(s) of them, and they are disjoint pairs of
 * participants who could meet in s, so at most floor(n(s)/2); hence |X| ≤ C. A participant's
 * meetings lie in distinct slots, each one where the meeting is allowed, and there are at
 * most cap(p) of them; hence {@code deg_X(p) ≤ k(p)}.
 * <ul>
 *   <li>(a) X holds at most min(|E'|, C) meetings of E', so w(X) is at most the sum of that many
 *       largest weights.</li>
 *   <li>(b) Every meeting has two participants, so {@code w(X) = ½ Σ_p Σ_{e in X, p in e} w(e)};
 *       the inner sum has at most k(p) terms, each a weight of an E'-meeting of p, so it is at
 *       most the sum of p's k(p) largest such weights.</li>
 *   <li>(c) For any λ, μ ≥ 0 and any meeting e=(a,b):
 *       {@code w(e) ≤ λ + μ(a) + μ(b) + max(0, w(e) − λ − μ(a) − μ(b))}. Summing over X gives
 *       {@code w(X) ≤ λ|X| + Σ_p μ(p)·deg_X(p) + Σ_{e in X} max(0, ...) ≤ λC + Σ_p μ(p)k(p) + Σ_{e in E'} max(0, ...) = D(λ, μ)}.
 *       (This is weak LP duality for the relaxation max Σ w·y subject to Σ y ≤ C,
 *       Σ_{e ∋ p} y(e) ≤ k(p), 0 ≤ y ≤ 1.)</li>
 * </ul>
 * Weights are integers, so w(X) ≤ floor(bound), and the schedule weighs w(P) + w(X).
 *
 * <h2>Computing (c)</h2>
 * D is convex and piecewise linear. We minimise it by exact block-coordinate descent: for fixed
 * λ and the other μ, the best μ(p) is the (k(p)+1)-th largest value of
 * {@code w(e) − λ − μ(other end)} over p's E'-meetings (0 if there are at most k(p) of them, and
 * never below 0); for fixed μ the best λ is likewise the (C+1)-th largest {@code w(e) − μ(a) −
 * μ(b)}. Sweeps stop when D no longer decreases. We start once from λ = (C+1)-th largest
 * weight, μ = 0 — where D equals (a), so (c) ≤ (a) — and once from λ = 0,
 * μ(p) = half the (k(p)+1)-th largest weight of p, close to (b). All arithmetic is done on
 * doubled weights in {@code long}, so every value of D is exact. Coordinate descent may stop
 * at a kink above the LP optimum; that only weakens the bound, never invalidates it, because
 * every D(λ, μ) with λ, μ ≥ 0 is an upper bound.
 *
 * @param tableBound       (a)
 * @param participantBound (b)
 * @param lagrangianBound  (c)
 * @param value            min of the three: the bound to compare the achieved weight with
 */
public record UpperBound(long tableBound, long participantBound, long lagrangianBound, long value) {

    private static final int MAX_SWEEPS = 60;

    public static UpperBound of(SchedulingProblem problem) {
        return compute(new Instance(problem));
    }

    static UpperBound compute(Instance in) {
        ScheduleState pinned = new ScheduleState(in);
        PinPlacement pins = PinPlacement.place(in, pinned);
        int pc = in.participantCount;
        int sc = in.slotCount;

        // E': free meetings with at least one residual slot; residual slots per participant
        boolean[] usable = new boolean[pc * sc];
        int[] meetings = java.util.stream.IntStream.range(0, in.meetingCount)
                .filter(m -> in.schedulable(m) && pins.table[m] < 0 && pins.conflict[m] == null
                        && pinned.deg[in.a[m]] < in.cap[in.a[m]] && pinned.deg[in.b[m]] < in.cap[in.b[m]])
                .filter(m -> {
                    boolean any = false;
                    for (int s : in.allowedSlots[m]) {
                        if (pinned.load[s] < in.tables && !pinned.isBusy(in.a[m], s) && !pinned.isBusy(in.b[m], s)) {
                            usable[in.a[m] * sc + s] = true;
                            usable[in.b[m] * sc + s] = true;
                            any = true;
                        }
                    }
                    return any;
                })
                .toArray();
        int n = meetings.length;

        // k(p) and C on the residual problem
        int[] k = new int[pc];
        long[] perSlot = new long[sc];
        for (int p = 0; p < pc; p++) {
            int f = 0;
            for (int s = 0; s < sc; s++) {
                if (usable[p * sc + s]) {
                    f++;
                    perSlot[s]++;
                }
            }
            k[p] = Math.min(in.cap[p] - pinned.deg[p], f);
        }
        long capacity = 0;
        for (int s = 0; s < sc; s++) {
            if (!in.breakSlot[s]) {
                capacity += Math.min(in.tables - pinned.load[s], perSlot[s] / 2);
            }
        }
        long pinnedWeight = pinned.weight();

        // incident E'-meetings per participant, as positions into meetings[]
        int[][] inc = incidence(in, meetings);
        long[] w2 = new long[n];
        int[] ea = new int[n];
        int[] eb = new int[n];
        for (int i = 0; i < n; i++) {
            w2[i] = 2 * in.weight[meetings[i]];
            ea[i] = in.a[meetings[i]];
            eb[i] = in.b[meetings[i]];
        }

        long tableBound = pinnedWeight + sumOfLargest(w2, (int) Math.min(n, capacity)) / 2;

        long halfSum2 = 0; // sum over p of top-k weights, in doubled units = 2 * (b) * 2 / 2
        long[] buffer = new long[maxDegree(inc)];
        for (int p = 0; p < pc; p++) {
            int d = inc[p].length;
            for (int j = 0; j < d; j++) {
                buffer[j] = w2[inc[p][j]];
            }
            halfSum2 += sumOfLargest(Arrays.copyOf(buffer, d), Math.min(k[p], d));
        }
        // (b) = floor(½ · Σ_p top-k(p) weights) = floor(halfSum2 / 4)
        long participantBound = pinnedWeight + halfSum2 / 4;

        Dual dual = new Dual(n, pc, capacity, k, inc, w2, ea, eb);
        long best2 = Long.MAX_VALUE;
        // start 1: λ at the (C+1)-th largest weight, μ = 0  (D = (a))
        dual.lambda = kthLargestOrZero(w2.clone(), capacity);
        Arrays.fill(dual.mu, 0);
        best2 = Math.min(best2, dual.descend());
        // start 2: λ = 0, μ(p) = half the (k(p)+1)-th largest incident weight
        dual.lambda = 0;
        for (int p = 0; p < pc; p++) {
            int d = inc[p].length;
            for (int j = 0; j < d; j++) {
                buffer[j] = w2[inc[p][j]];
            }
            dual.mu[p] = kthLargestOrZero(Arrays.copyOf(buffer, d), k[p]) / 2;
        }
        best2 = Math.min(best2, dual.descend());
        long lagrangianBound = pinnedWeight + Math.floorDiv(best2, 2);

        long value = Math.min(tableBound, Math.min(participantBound, lagrangianBound));
        return new UpperBound(tableBound, participantBound, lagrangianBound, value);
    }

    /** Block-coordinate descent on D (doubled units). */
    private static final class Dual {
        final int n;
        final int pc;
        final long capacity;
        final int[] k;
        final int[][] inc;
        final long[] w2;
        final int[] ea;
        final int[] eb;
        final long[] mu;
        long lambda;
        private final long[] scratch;

        Dual(int n, int pc, long capacity, int[] k, int[][] inc, long[] w2, int[] ea, int[] eb) {
            this.n = n;
            this.pc = pc;
            this.capacity = capacity;
            this.k = k;
            this.inc = inc;
            this.w2 = w2;
            this.ea = ea;
            this.eb = eb;
            this.mu = new long[pc];
            this.scratch = new long[Math.max(n, 1)];
        }

        long value() {
            long d = lambda * capacity;
            for (int p = 0; p < pc; p++) {
                d += k[p] * mu[p];
            }
            for (int i = 0; i < n; i++) {
                d += Math.max(0, w2[i] - lambda - mu[ea[i]] - mu[eb[i]]);
            }
            return d;
        }

        /** Runs sweeps from the current point; returns the smallest D seen. */
        long descend() {
            long best = value();
            for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
                for (int p = 0; p < pc; p++) {
                    int d = inc[p].length;
                    for (int j = 0; j < d; j++) {
                        int i = inc[p][j];
                        int other = ea[i] == p ? eb[i] : ea[i];
                        scratch[j] = w2[i] - lambda - mu[other];
                    }
                    mu[p] = kthLargestOrZero(Arrays.copyOf(scratch, d), k[p]);
                }
                for (int i = 0; i < n; i++) {
                    scratch[i] = w2[i] - mu[ea[i]] - mu[eb[i]];
                }
                lambda = kthLargestOrZero(Arrays.copyOf(scratch, n), capacity);
                long now = value();
                if (now >= best) {
                    break;
                }
                best = now;
            }
            return best;
        }
    }

    /** The (k+1)-th largest value, clamped at 0; 0 if there are at most k values. */
    private static long kthLargestOrZero(long[] values, long k) {
        if (values.length <= k) {
            return 0;
        }
        Arrays.sort(values);
        return Math.max(0, values[values.length - 1 - (int) k]);
    }

    private static long sumOfLargest(long[] values, int count) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += sorted[sorted.length - 1 - i];
        }
        return sum;
    }

    private static int[][] incidence(Instance in, int[] meetings) {
        int[] deg = new int[in.participantCount];
        for (int m : meetings) {
            deg[in.a[m]]++;
            deg[in.b[m]]++;
        }
        int[][] inc = new int[in.participantCount][];
        for (int p = 0; p < inc.length; p++) {
            inc[p] = new int[deg[p]];
        }
        int[] fill = new int[in.participantCount];
        for (int i = 0; i < meetings.length; i++) {
            int m = meetings[i];
            inc[in.a[m]][fill[in.a[m]]++] = i;
            inc[in.b[m]][fill[in.b[m]]++] = i;
        }
        return inc;
    }

    private static int maxDegree(int[][] inc) {
        int max = 0;
        for (int[] row : inc) {
            max = Math.max(max, row.length);
        }
        return max;
    }
}
