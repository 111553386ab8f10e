package io.musubi.event.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Small builders and seeded random instances for tests. */
final class Problems {
    private final List<SchedulingProblem.Participant> participants = new ArrayList<>();
    private final List<SchedulingProblem.Meeting> meetings = new ArrayList<>();
    private final Map<String, SchedulingProblem.Pin> pins = new HashMap<>();
    private final Set<Integer> breaks = new HashSet<>();
    private final Set<Integer> dayStarts = new HashSet<>();
    private final int slots;
    private final int tables;

    private Problems(int slots, int tables) {
        this.slots = slots;
        this.tables = tables;
    }

    static Problems slots(int slots, int tables) {
        return new Problems(slots, tables);
    }

    Problems participant(String id, int cap, Integer... unavailable) {
        participants.add(new SchedulingProblem.Participant(id, cap, Set.of(unavailable)));
        return this;
    }

    /** Participants with the given ids, each with the given cap and always available. */
    Problems participants(int cap, String... ids) {
        for (String id : ids) {
            participant(id, cap);
        }
        return this;
    }

    Problems meeting(String id, String a, String b, long weight) {
        meetings.add(new SchedulingProblem.Meeting(id, a, b, weight));
        return this;
    }

    Problems pin(String meetingId, int slot, int table) {
        pins.put(meetingId, new SchedulingProblem.Pin(slot, table));
        return this;
    }

    Problems breakAt(int slot) {
        breaks.add(slot);
        return this;
    }

    Problems dayStartsAt(int slot) {
        dayStarts.add(slot);
        return this;
    }

    SchedulingProblem build() {
        return new SchedulingProblem(participants, slots, breaks, dayStarts, tables, meetings, pins);
    }

    /**
     * Random instance. Sizes are drawn from the given maxima; caps may be 0, participants may
     * be unavailable, there may be breaks, a second day and (if {@code withPins}) pins, some
     * of which conflict.
     */
    static SchedulingProblem random(long seed, int maxParticipants, int maxSlots, int maxTables,
                                    int maxMeetings, boolean withPins) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(maxParticipants - 1);
        int slots = 1 + r.nextInt(maxSlots);
        int tables = 1 + r.nextInt(maxTables);
        Problems b = new Problems(slots, tables);
        if (slots >= 3 && r.nextInt(3) == 0) {
            b.breakAt(1 + r.nextInt(slots - 2));
        }
        if (slots >= 4 && r.nextBoolean()) {
            b.dayStartsAt(slots / 2);
        }
        for (int p = 0; p < n; p++) {
            Set<Integer> unavailable = new HashSet<>();
            for (int s = 0; s < slots; s++) {
                if (r.nextInt(6) == 0) {
                    unavailable.add(s);
                }
            }
            int cap = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(Math.max(1, slots));
            b.participants.add(new SchedulingProblem.Participant("p" + p, cap, unavailable));
        }
        int meetings = 1 + r.nextInt(maxMeetings);
        for (int m = 0; m < meetings; m++) {
            int x = r.nextInt(n);
            int y = r.nextInt(n - 1);
            if (y >= x) {
                y++;
            }
            b.meeting("m" + m, "p" + x, "p" + y, 1 + r.nextInt(4));
        }
        if (withPins) {
            for (int m = 0; m < meetings; m++) {
                if (r.nextInt(8) == 0) {
                    // occasionally out of range, to exercise conflict reporting
                    b.pin("m" + m, r.nextInt(slots + 1), r.nextInt(tables + 1));
                }
            }
        }
        return b.build();
    }
}
