package io.musubi.event.scheduling;

/**
 * Why a meeting is not in the final schedule. Each code names a concrete blocker that an
 * organiser can act on; they are checked in this order and the first that applies is given.
 *
 * <p>Every unscheduled meeting is blocked by one of these in the <em>final</em> schedule: the
 * scheduler never leaves a meeting out that could simply be added (it always adds such a
 * meeting, since that raises the total weight). Meetings are displaced only in favour of a
 * better objective (more weight, or equal weight and fewer participants without meetings),
 * so each blocker is occupied by something at least as valuable.
 */
public enum UnscheduledReason {
    /** The organiser's pin cannot be honoured (details say why); the meeting is not moved. */
    PINNED_CONFLICT,
    /** No slot (outside breaks) in which both participants are available. */
    NO_COMMON_FREE_SLOT,
    /** One participant already has as many meetings as their cap allows (cap may be 0). */
    PARTICIPANT_CAP_REACHED,
    /** In every common free slot where both are still free, all tables are taken. */
    SLOTS_FULL,
    /** In every common free slot, at least one of the two already has another meeting. */
    PARTICIPANTS_BUSY
}
