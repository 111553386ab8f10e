import type { EventDetail, Meeting, ParticipantRef, Slot } from '../api/types';

/** The day a slot belongs to: its `day`, else the day of the event's day list it points at. */
export function slotDay(slot: Slot, days: readonly string[] = []): string {
  const day = slot.day as unknown;
  if (typeof day === 'number') return days[day] ?? String(day);
  if (typeof day === 'string' && day) return day;
  return (slot.start ?? '').slice(0, 10);
}

export interface DaySlots {
  day: string;
  slots: Slot[];
}

/** The event's slots in time order, grouped by day (days in order). */
export function slotsByDay(slots: readonly Slot[], days: readonly string[] = []): DaySlots[] {
  const groups = new Map<string, Slot[]>();
  for (const slot of [...slots].sort((a, b) => a.index - b.index)) {
    const day = slotDay(slot, days);
    groups.set(day, [...(groups.get(day) ?? []), slot]);
  }
  return [...groups.entries()].map(([day, daySlots]) => ({ day, slots: daySlots }));
}

export interface GridCell {
  slot: Slot;
  table: number;
  meeting: Meeting | null;
}

export interface GridRow {
  table: number;
  cells: GridCell[];
}

export interface GridDay extends DaySlots {
  rows: GridRow[];
}

export interface Grid {
  days: GridDay[];
  /** Meetings without a place (accepted but not scheduled, or placed outside the grid). */
  unscheduled: Meeting[];
}

/** The schedule as one table per day: rows are tables 1..N, columns the day's slots, each cell its meeting. */
export function buildGrid(event: Pick<EventDetail, 'slots' | 'days' | 'tables'>, meetings: readonly Meeting[]): Grid {
  const placed = new Map<string, Meeting>();
  const slotIndexes = new Set(event.slots.map((s) => s.index));
  const unscheduled: Meeting[] = [];
  for (const meeting of meetings) {
    const key = `${meeting.slot}:${meeting.table}`;
    if (meeting.slot == null || meeting.table == null || !slotIndexes.has(meeting.slot) || meeting.table < 1 ||
      meeting.table > event.tables || placed.has(key)) {
      unscheduled.push(meeting);
    } else {
      placed.set(key, meeting);
    }
  }
  const days = slotsByDay(event.slots, event.days).map(({ day, slots }) => ({
    day,
    slots,
    rows: Array.from({ length: event.tables }, (_, i) => i + 1).map((table) => ({
      table,
      cells: slots.map((slot) => ({ slot, table, meeting: placed.get(`${slot.index}:${table}`) ?? null })),
    })),
  }));
  return { days, unscheduled };
}

/** The slots a meeting could be moved to (not breaks). */
export const meetingSlots = (slots: readonly Slot[]) => slots.filter((s) => !s.isBreak);

/** The other side of a meeting for participant `mine`. */
export function counterpartOf(meeting: Pick<Meeting, 'a' | 'b'>, mine: string): ParticipantRef {
  return meeting.a.id === mine ? meeting.b : meeting.a;
}
