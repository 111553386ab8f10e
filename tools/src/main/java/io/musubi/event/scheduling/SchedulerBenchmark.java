package io.musubi.event.scheduling;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Benchmark: 2,000 participants, 20,000 accepted meetings, 16 usable slots plus one lunch
 * break (17 slots on the clock), 200 tables ({@code BenchmarkEvent}, from the backend's test-jar). Run with
 * {@code ./mvnw -Pschedule-benchmark -DskipTests verify}.
 * Prints the quality figures and the best of three solve times after one warm-up run.
 */
public final class SchedulerBenchmark {
    private SchedulerBenchmark() {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 20_240_601L;
        long t0 = System.nanoTime();
        SchedulingProblem problem = BenchmarkEvent.generate(seed, 2_000, 20_000, 200);
        System.out.printf("generated event in %.0f ms (seed %d)%n", (System.nanoTime() - t0) / 1e6, seed);

        MeetingScheduler scheduler = new MeetingScheduler();
        Schedule schedule = scheduler.schedule(problem); // warm-up
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            Schedule again = scheduler.schedule(problem);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
            if (!again.equals(schedule)) {
                throw new IllegalStateException("non-deterministic result");
            }
        }
        List<ScheduleValidator.Violation> violations = ScheduleValidator.validate(problem, schedule);

        Map<Long, int[]> byWeight = new TreeMap<>();
        Map<String, Long> weightOf = new java.util.HashMap<>();
        for (SchedulingProblem.Meeting m : problem.meetings()) {
            byWeight.computeIfAbsent(m.weight(), w -> new int[2])[1]++;
            weightOf.put(m.id(), m.weight());
        }
        for (Schedule.Assignment a : schedule.assignments()) {
            byWeight.get(weightOf.get(a.meetingId()))[0]++;
        }
        Map<UnscheduledReason, Integer> reasons = new TreeMap<>();
        for (Schedule.Unscheduled u : schedule.unscheduled()) {
            reasons.merge(u.reason(), 1, Integer::sum);
        }
        UpperBound bound = schedule.bound();
        System.out.printf("participants %d, meetings %d, slots %d (break %d, 16 usable), tables %d%n",
                problem.participants().size(), problem.meetings().size(), problem.slotCount(),
                BenchmarkEvent.BREAK, problem.tables());
        System.out.printf("meetings scheduled        %d of %d (table capacity %d)%n",
                schedule.assignments().size(), problem.meetings().size(), 16 * problem.tables());
        byWeight.forEach((w, c) -> System.out.printf("  weight %d: %d of %d%n", w, c[0], c[1]));
        System.out.printf("total weight              %d%n", schedule.totalWeight());
        System.out.printf("upper bound               %d  (table %d, participant %d, lagrangian %d)%n",
                bound.value(), bound.tableBound(), bound.participantBound(), bound.lagrangianBound());
        System.out.printf("achieved / bound          %.2f %%%n", 100 * schedule.achievedRatio());
        System.out.printf("participants w/o meeting  %d (of %d with requests)%n",
                schedule.participantsWithoutMeeting(),
                schedule.participantsWithoutMeeting() + schedule.participantsWithMeeting());
        System.out.printf("total gaps                %d, average %.3f per participant with meetings%n",
                schedule.totalGaps(), schedule.averageGaps());
        System.out.printf("unscheduled reasons       %s%n", reasons);
        System.out.printf("violations                %d%n", violations.size());
        System.out.printf("solve time (best of 3)    %.3f s  (%d cores visible, single-threaded solver)%n",
                best, Runtime.getRuntime().availableProcessors());
        // from names only (an enum's own hash code differs between JVM runs): equal across runs means deterministic
        System.out.printf("result fingerprint        %08x%n", java.util.Objects.hash(schedule.assignments(),
                schedule.unscheduled().stream().map(u -> u.meetingId() + ":" + u.reason().name()).toList()));
    }
}
