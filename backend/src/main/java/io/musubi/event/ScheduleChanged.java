package io.musubi.event;

import java.util.UUID;

/**
 * Published in the transaction of a change to an event's schedule (a scheduler run, a meeting placed or unplaced);
 * {@code ScheduleAnnouncements} tells the participants whose meetings moved, once the schedule is published.
 */
record ScheduleChanged(UUID eventId) {
}
