package io.musubi.event.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference optimum by exhaustive enumeration (tiny instances without pins). Shares no code
 * with the scheduler: constraints and the objective, including gaps, are re-implemented from
 * their definitions.
 */
final class BruteForce {
    /** Lexicographic optimum: weight, participants without meeting, gaps. */
    record Optimum(long weight, int withoutMeeting, int gaps) {
        boolean betterThan(Optimum o) {
            if (weight != o.weight) {
                return weight > o.weight;
            }
            if (withoutMeeting != o.withoutMeeting) {
                return withoutMeeting < o.withoutMeeting;
            }
            return gaps < o.gaps;
        }
    }

    private final SchedulingProblem problem;
    private final List<SchedulingProblem.Meeting> meetings;
    private final Map<String, SchedulingProblem.Participant> byId = new HashMap<>();
    private final int[] slotOf;
    private Optimum best;

    private BruteForce(SchedulingProblem problem) {
        if (!problem.pins().isEmpty()) {
            throw new IllegalArgumentException("brute force ignores pins");
        }
        this.problem = problem;
        this.meetings = new ArrayList<>(problem.meetings());
        for (SchedulingProblem.Participant p : problem.participants()) {
            byId.put(p.id(), p);
        }
        slotOf = new int[meetings.size()];
    }

    static Optimum solve(SchedulingProblem problem) {
        BruteForce bf = new BruteForce(problem);
        bf.enumerate(0);
        return bf.best;
    }

    private void enumerate(int i) {
        if (i == meetings.size()) {
            Optimum value = evaluate();
            if (best == null || value.betterThan(best)) {
                best = value;
            }
            return;
        }
        for (int s = -1; s < problem.slotCount(); s++) {
            slotOf[i] = s;
            if (s < 0 || feasible(i)) {
                enumerate(i + 1);
            }
        }
    }

    /** Meeting i in slot slotOf[i] is compatible with meetings 0..i-1. */
    private boolean feasible(int i) {
        int s = slotOf[i];
        SchedulingProblem.Meeting m = meetings.get(i);
        if (problem.breaks().contains(s)) {
            return false;
        }
        int inSlot = 1;
        for (String p : List.of(m.participantA(), m.participantB())) {
            if (byId.get(p).unavailableSlots().contains(s)) {
                return false;
            }
            int count = 1;
            for (int j = 0; j < i; j++) {
                if (slotOf[j] >= 0 && involves(meetings.get(j), p)) {
                    count++;
                    if (slotOf[j] == s) {
                        return false;
                    }
                }
            }
            if (count > byId.get(p).maxMeetings()) {
                return false;
            }
        }
        for (int j = 0; j < i; j++) {
            if (slotOf[j] == s) {
                inSlot++;
            }
        }
        return inSlot <= problem.tables();
    }

    private static boolean involves(SchedulingProblem.Meeting m, String p) {
        return m.participantA().equals(p) || m.participantB().equals(p);
    }

    private Optimum evaluate() {
        long weight = 0;
        for (int i = 0; i < meetings.size(); i++) {
            if (slotOf[i] >= 0) {
                weight += meetings.get(i).weight();
            }
        }
        int without = 0;
        int gaps = 0;
        for (SchedulingProblem.Participant p : problem.participants()) {
            boolean requested = false;
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < meetings.size(); i++) {
                if (involves(meetings.get(i), p.id())) {
                    requested = true;
                    if (slotOf[i] >= 0) {
                        mine.add(slotOf[i]);
                    }
                }
            }
            if (requested && mine.isEmpty()) {
                without++;
            }
            mine.sort(null);
            for (int k = 1; k < mine.size(); k++) {
                int from = mine.get(k - 1);
                int to = mine.get(k);
                if (day(from) != day(to)) {
                    continue;
                }
                for (int s = from + 1; s < to; s++) {
                    if (!problem.breaks().contains(s) && !p.unavailableSlots().contains(s)) {
                        gaps++;
                    }
                }
            }
        }
        return new Optimum(weight, without, gaps);
    }

    private int day(int slot) {
        int d = 0;
        for (int start : problem.dayStarts()) {
            if (start > 0 && start <= slot) {
                d++;
            }
        }
        return d;
    }
}
