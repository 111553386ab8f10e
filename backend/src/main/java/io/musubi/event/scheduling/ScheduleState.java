package io.musubi.event.scheduling;

import java.util.Arrays;

/**
 * Mutable partial schedule with O(1) feasibility checks and an undo journal.
 *
 * <p>Every change goes through {@link #place} and {@link #remove}, which keep the hard
 * constraints true by construction (callers check {@link #canPlace} first) and record the
 * change, so a tentative compound move can be evaluated and then undone with
 * {@link #rollback(int)}. Tables are only counted here; table numbers are handed out when
 * the result is built (pinned meetings keep their pinned table).
 */
final class ScheduleState {
    final Instance in;
    final int[] slotOf;
    /** {@code busy[p * slotCount + s]}: meeting of p in slot s, or -1. */
    final int[] busy;
    final int[] load;
    final int[] deg;
    /** Meetings that must not move (honoured pins). */
    final boolean[] fixed;
    private final int[][] members;
    private final int[] position;
    private final int[] slotVersion;
    private final int[] minVersion;
    private final long[] minWeight;

    private long weight;
    private int withoutMeeting;

    private int[] journalMeeting = new int[64];
    private int[] journalSlot = new int[64];
    private int journalSize;

    ScheduleState(Instance in) {
        this.in = in;
        int s = in.slotCount;
        slotOf = new int[in.meetingCount];
        Arrays.fill(slotOf, -1);
        busy = new int[in.participantCount * s];
        Arrays.fill(busy, -1);
        load = new int[s];
        deg = new int[in.participantCount];
        fixed = new boolean[in.meetingCount];
        members = new int[s][Math.max(in.tables, 0)];
        position = new int[in.meetingCount];
        slotVersion = new int[s];
        minVersion = new int[s];
        Arrays.fill(minVersion, -1);
        minWeight = new long[s];
        for (int p = 0; p < in.participantCount; p++) {
            if (in.hasRequests[p]) {
                withoutMeeting++;
            }
        }
    }

    long weight() {
        return weight;
    }

    /** Participants with at least one accepted meeting and none scheduled. */
    int withoutMeeting() {
        return withoutMeeting;
    }

    boolean isBusy(int p, int s) {
        return busy[p * in.slotCount + s] >= 0;
    }

    int busyWith(int p, int s) {
        return busy[p * in.slotCount + s];
    }

    /** All hard constraints hold if unscheduled meeting {@code m} is added in slot {@code s}. */
    boolean canPlace(int m, int s) {
        int pa = in.a[m];
        int pb = in.b[m];
        int base = in.slotCount;
        return load[s] < in.tables
                && busy[pa * base + s] < 0 && busy[pb * base + s] < 0
                && in.open[pa * base + s] && in.open[pb * base + s]
                && deg[pa] < in.cap[pa] && deg[pb] < in.cap[pb];
    }

    void place(int m, int s) {
        int pa = in.a[m];
        int pb = in.b[m];
        slotOf[m] = s;
        busy[pa * in.slotCount + s] = m;
        busy[pb * in.slotCount + s] = m;
        position[m] = load[s];
        members[s][load[s]++] = m;
        slotVersion[s]++;
        if (deg[pa]++ == 0 && in.hasRequests[pa]) {
            withoutMeeting--;
        }
        if (deg[pb]++ == 0 && in.hasRequests[pb]) {
            withoutMeeting--;
        }
        weight += in.weight[m];
        log(m, -1);
    }

    void remove(int m) {
        int s = slotOf[m];
        int pa = in.a[m];
        int pb = in.b[m];
        slotOf[m] = -1;
        busy[pa * in.slotCount + s] = -1;
        busy[pb * in.slotCount + s] = -1;
        int last = members[s][--load[s]];
        members[s][position[m]] = last;
        position[last] = position[m];
        slotVersion[s]++;
        if (--deg[pa] == 0 && in.hasRequests[pa]) {
            withoutMeeting++;
        }
        if (--deg[pb] == 0 && in.hasRequests[pb]) {
            withoutMeeting++;
        }
        weight -= in.weight[m];
        log(m, s);
    }

    /** Meeting at position {@code i < load[s]} of slot {@code s} (order changes on removal). */
    int member(int s, int i) {
        return members[s][i];
    }

    /** Smallest weight of a movable meeting in slot s, or Long.MAX_VALUE if none. */
    long minMovableWeight(int s) {
        if (minVersion[s] != slotVersion[s]) {
            long min = Long.MAX_VALUE;
            for (int i = 0; i < load[s]; i++) {
                int m = members[s][i];
                if (!fixed[m] && in.weight[m] < min) {
                    min = in.weight[m];
                }
            }
            minWeight[s] = min;
            minVersion[s] = slotVersion[s];
        }
        return minWeight[s];
    }

    int gaps(int p) {
        return in.gaps(p, busy);
    }

    /** Gaps p would have with one more meeting in free slot s. */
    int gapsWith(int p, int s) {
        return in.gapsMoved(p, busy, -1, s);
    }

    int mark() {
        return journalSize;
    }

    /** Undo every change made since {@code mark}, newest first. */
    void rollback(int mark) {
        while (journalSize > mark) {
            journalSize--;
            int m = journalMeeting[journalSize];
            int s = journalSlot[journalSize];
            int keep = journalSize;
            if (s < 0) {
                remove(m);
            } else {
                place(m, s);
            }
            journalSize = keep;
        }
    }

    /** Forget the journal: the changes made so far become permanent. */
    void commit() {
        journalSize = 0;
    }

    /** Records a change: {@code slot == -1} for a placement, else the slot a removal freed. */
    private void log(int m, int slot) {
        if (journalSize == journalMeeting.length) {
            journalMeeting = Arrays.copyOf(journalMeeting, journalSize * 2);
            journalSlot = Arrays.copyOf(journalSlot, journalSize * 2);
        }
        journalMeeting[journalSize] = m;
        journalSlot[journalSize] = slot;
        journalSize++;
    }
}
