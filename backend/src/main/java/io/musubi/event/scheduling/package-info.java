/**
 * The meeting scheduler as pure logic: no framework, no database, no clock. {@code MeetingScheduler.schedule} takes a
 * {@code SchedulingProblem} (participants, slots with breaks and day starts, tables, accepted meetings with weights,
 * caps, unavailable slots and pins) and returns a {@code Schedule}: assignments, every unscheduled meeting with its
 * {@code UnscheduledReason}, the objective values ({@code ScheduleMetrics}: total weight, then participants without a
 * meeting, then idle gaps) and a proven {@code UpperBound}. The phases are pin placement, a greedy start, insertion
 * search with ejections and Kempe-chain moves, exact branch and bound for small sessions, and gap polishing; ties are
 * broken by ids, so the same input always gives the same schedule. {@code ScheduleValidator} checks any schedule
 * independently of how it was made. Only {@code event.Schedules} calls this package; its figures come from
 * {@code ./mvnw -Pschedule-benchmark -DskipTests verify}.
 */
package io.musubi.event.scheduling;
