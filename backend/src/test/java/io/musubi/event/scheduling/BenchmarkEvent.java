package io.musubi.event.scheduling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic, realistic trade-fair event for the benchmark.
 *
 * <ul>
 *   <li>40% exhibitors, 60% buyers; meetings are buyer–exhibitor pairs.</li>
 *   <li>Skew: the first 30 exhibitors are large firms with 5–20 times the pull of an ordinary
 *       exhibitor; buyers differ in activity by up to 4x.</li>
 *   <li>Weight: must-meet 3 (25% of requests) or would-like 1, +1 if the interest is mutual
 *       (30%).</li>
 *   <li>Caps 8–16 uniformly; 0–3 unavailable slots each (40/30/20/10%).</li>
 *   <li>One day of 17 slots: slot 8 is a lunch break, the other 16 are usable.</li>
 * </ul>
 */
public final class BenchmarkEvent {
    static final int LARGE_FIRMS = 30;
    public static final int SLOTS = 17;
    public static final int BREAK = 8;

    private BenchmarkEvent() {
    }

    public static SchedulingProblem generate(long seed, int participantCount, int meetingCount, int tables) {
        Random random = new Random(seed);
        int exhibitors = participantCount * 2 / 5;
        int buyers = participantCount - exhibitors;
        List<SchedulingProblem.Participant> participants = new ArrayList<>();
        String[] exhibitorIds = new String[exhibitors];
        String[] buyerIds = new String[buyers];
        double[] pull = new double[exhibitors];
        double[] activity = new double[buyers];
        for (int i = 0; i < exhibitors; i++) {
            exhibitorIds[i] = String.format("X%05d", i);
            pull[i] = i < LARGE_FIRMS ? 5 + 15 * random.nextDouble() : 0.5 + random.nextDouble();
            participants.add(participant(exhibitorIds[i], random));
        }
        for (int i = 0; i < buyers; i++) {
            buyerIds[i] = String.format("B%05d", i);
            activity[i] = 0.5 + 1.5 * random.nextDouble();
            participants.add(participant(buyerIds[i], random));
        }
        double[] pullCdf = cumulative(pull);
        double[] activityCdf = cumulative(activity);
        Set<String> pairs = new HashSet<>();
        List<SchedulingProblem.Meeting> meetings = new ArrayList<>();
        while (meetings.size() < meetingCount) {
            String x = exhibitorIds[sample(pullCdf, random)];
            String b = buyerIds[sample(activityCdf, random)];
            if (!pairs.add(x + b)) {
                continue;
            }
            boolean mustMeet = random.nextDouble() < 0.25;
            boolean mutual = random.nextDouble() < 0.30;
            long weight = (mustMeet ? 3 : 1) + (mutual ? 1 : 0);
            String id = String.format("M%06d", meetings.size());
            meetings.add(random.nextBoolean()
                    ? new SchedulingProblem.Meeting(id, b, x, weight)
                    : new SchedulingProblem.Meeting(id, x, b, weight));
        }
        return new SchedulingProblem(participants, SLOTS, Set.of(BREAK), Set.of(), tables, meetings);
    }

    private static SchedulingProblem.Participant participant(String id, Random random) {
        int cap = 8 + random.nextInt(9);
        double r = random.nextDouble();
        int unavailable = r < 0.4 ? 0 : r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
        Set<Integer> slots = new HashSet<>();
        while (slots.size() < unavailable) {
            int s = random.nextInt(SLOTS);
            if (s != BREAK) {
                slots.add(s);
            }
        }
        return new SchedulingProblem.Participant(id, cap, slots);
    }

    private static double[] cumulative(double[] values) {
        double[] cdf = new double[values.length];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
            cdf[i] = sum;
        }
        return cdf;
    }

    private static int sample(double[] cdf, Random random) {
        double r = random.nextDouble() * cdf[cdf.length - 1];
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
