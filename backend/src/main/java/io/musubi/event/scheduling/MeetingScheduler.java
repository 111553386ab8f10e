package io.musubi.event.scheduling;

/**
 * Schedules accepted meetings into slots and tables.
 *
 * <h2>Problem</h2>
 * Choose a slot and a table for as many accepted meetings as possible such that nobody is in
 * two meetings in one slot, each slot holds at most T meetings on distinct tables, nobody meets
 * in a break or an unavailable slot, nobody exceeds their cap, and honoured pins stay where
 * pinned. Objective, lexicographic: (1) maximum total weight, (2) fewest participants with
 * requests but no meeting, (3) fewest idle gaps (see {@link ScheduleMetrics}). The problem
 * contains edge colouring with lists and is NP-hard, so large sessions are solved
 * heuristically and measured against a proven {@link UpperBound}.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li><b>Pins</b> ({@link PinPlacement}): honoured pins are placed first and never move; pins
 *       that cannot be honoured are reported as {@link UnscheduledReason#PINNED_CONFLICT}.</li>
 *   <li><b>Greedy</b> ({@link GreedyConstruction}): meetings by decreasing weight (ties: the
 *       participant with fewer requests first), each into the feasible slot adding the fewest
 *       gaps, then the least loaded. Taking the heaviest meetings first fills the scarce
 *       tables with the most valuable meetings and gives the local search a strong start.</li>
 *   <li><b>Local search on weight and fairness</b> ({@link InsertionSearch}): insertion with
 *       ejection chains (an unscheduled meeting takes a slot by moving or dropping what blocks
 *       it) and kicks (drop one meeting, add several of its participants' other meetings).
 *       Every accepted move strictly improves (weight, −participants without meeting), so the
 *       search terminates; equal-weight moves that give someone their first meeting are how
 *       fairness is optimised without ever sacrificing weight.</li>
 *   <li><b>Exact search</b> ({@link ExactSearch}): when at most
 *       {@link Options#exactSearchMaxMeetings} meetings are free (10 by default), branch and
 *       bound seeded with the heuristic result; if it finishes within its node budget, small
 *       sessions get a proven optimum for the full lexicographic objective
 *       ({@link Schedule#provenOptimal()}) and step 5 is skipped.</li>
 *   <li><b>Gap polishing</b> ({@link GapPolisher}): Kempe-chain slot exchanges and table swaps
 *       that keep the set of meetings (so weight and fairness are unchanged) and reduce idle
 *       gaps. Rearranging slots can open room for another meeting, so steps 3 and 5 alternate
 *       until the local search finds nothing more.</li>
 *   <li><b>Output</b>: pinned meetings keep their table; the others of a slot take the lowest
 *       free table numbers in meeting-id order. Every unscheduled meeting gets the concrete
 *       blocker that keeps it out ({@link UnscheduledReason}).</li>
 * </ol>
 *
 * <h2>Determinism</h2>
 * No randomness. Participants and meetings are indexed by sorted id and every tie is broken by
 * that index, so the output depends only on the content of the problem, not on list order or
 * hash iteration order.
 */
public final class MeetingScheduler {

    /**
     * Tuning knobs.
     *
     * @param exactSearchMaxMeetings solve exactly when at most this many meetings are free
     *                               (not pinned, schedulable); 0 disables exact search
     * @param exactSearchNodeLimit   node budget of the exact search (250,000 nodes take about
     *                               0.1 s at most; if exhausted, the best schedule found so far
     *                               goes on to gap polishing)
     */
    public record Options(int exactSearchMaxMeetings, long exactSearchNodeLimit) {
        public static Options defaults() {
            return new Options(10, 250_000);
        }

        /** Heuristic phases only, whatever the size. */
        public static Options heuristicOnly() {
            return new Options(0, 0);
        }
    }

    private static final int MAX_POLISH_ROUNDS = 5;

    private final Options options;

    public MeetingScheduler() {
        this(Options.defaults());
    }

    public MeetingScheduler(Options options) {
        this.options = options;
    }

    public Schedule schedule(SchedulingProblem problem) {
        Instance in = new Instance(problem);
        ScheduleState state = new ScheduleState(in);
        PinPlacement pins = PinPlacement.place(in, state);
        GreedyConstruction.run(in, state, pins);
        InsertionSearch search = new InsertionSearch(in, state, pins);
        search.run();

        int[] free = GreedyConstruction.freeMeetings(in, pins);
        boolean proven = free.length <= options.exactSearchMaxMeetings()
                && ExactSearch.run(in, state, free, options.exactSearchNodeLimit());
        if (!proven) {
            polish(in, state, pins, search);
        }
        return ScheduleBuilder.build(in, state, pins, UpperBound.compute(in), proven);
    }

    /**
     * Gap moves rearrange slots and can thereby open room for a meeting that did not fit
     * before; weight and fairness come first, so the local search runs again after each
     * polish until it finds nothing more. The state always ends after a greedy fill pass, so
     * no unscheduled meeting fits as is (every unscheduled meeting has a concrete blocker).
     */
    private static void polish(Instance in, ScheduleState state, PinPlacement pins, InsertionSearch search) {
        for (int round = 0; round < MAX_POLISH_ROUNDS; round++) {
            new GapPolisher(in, state).run();
            long weight = state.weight();
            int without = state.withoutMeeting();
            search.run();
            GreedyConstruction.run(in, state, pins); // one pass leaves no meeting that fits as is
            if (state.weight() == weight && state.withoutMeeting() == without) {
                return;
            }
        }
    }
}
