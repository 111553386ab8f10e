import type { Meeting, Slot } from '../api/types';
import { buildGrid, counterpartOf, meetingSlots, slotsByDay } from './grid';
import { percent, reachedShare, runRatio } from './figures';

const slot = (index: number, day: string, time: string, isBreak = false): Slot => ({
  index,
  day,
  start: `${day}T${time}+09:00`,
  end: `${day}T${time}+09:00`,
  isBreak,
});

const SLOTS = [
  slot(0, '2026-12-10', '10:00'),
  slot(1, '2026-12-10', '10:20', true),
  slot(2, '2026-12-10', '10:40'),
  slot(3, '2026-12-11', '10:00'),
];

const ref = (id: string) => ({ id, companyId: `c-${id}`, companyNames: { ja: id, zh: null, en: null }, role: 'EXHIBITOR' as const });
const meeting = (id: string, slotIndex: number | null, table: number | null): Meeting => ({
  id,
  a: ref('a'),
  b: ref('b'),
  priority: 'MUST_MEET',
  mutual: false,
  weight: 3,
  slot: slotIndex,
  table,
  start: null,
  end: null,
  pinned: false,
  outcomes: [],
});

describe('the schedule grid', () => {
  it('groups slots by day in time order', () => {
    const days = slotsByDay([SLOTS[3], SLOTS[0], SLOTS[2], SLOTS[1]]);
    expect(days.map((d) => [d.day, d.slots.map((s) => s.index)])).toEqual([
      ['2026-12-10', [0, 1, 2]],
      ['2026-12-11', [3]],
    ]);
    expect(meetingSlots(SLOTS).map((s) => s.index)).toEqual([0, 2, 3]);
  });

  it('lays meetings out per day as tables × slots and lists the ones without a place', () => {
    const grid = buildGrid({ slots: SLOTS, days: ['2026-12-10', '2026-12-11'], tables: 2 }, [
      meeting('m1', 0, 2),
      meeting('m2', 3, 1),
      meeting('m3', null, null),
      meeting('m4', 2, 9), // a table the event does not have
    ]);
    expect(grid.days).toHaveLength(2);
    const [first, second] = grid.days;
    expect(first.rows.map((r) => r.table)).toEqual([1, 2]);
    expect(first.rows[0].cells.map((c) => c.slot.index)).toEqual([0, 1, 2]);
    expect(first.rows[1].cells[0].meeting?.id).toBe('m1');
    expect(first.rows[0].cells[0].meeting).toBeNull();
    expect(first.rows[0].cells[1].slot.isBreak).toBe(true);
    expect(second.rows[0].cells[0].meeting?.id).toBe('m2');
    expect(grid.unscheduled.map((m) => m.id)).toEqual(['m3', 'm4']);
  });

  it('names the other side of a meeting', () => {
    expect(counterpartOf(meeting('m', 0, 1), 'a').id).toBe('b');
    expect(counterpartOf(meeting('m', 0, 1), 'b').id).toBe('a');
  });
});

describe('figures', () => {
  it('are whole percentages of part over whole, else of the API fraction', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0, 0.5)).toBe(50);
    expect(runRatio({ totalWeight: 12, bound: 12, ratio: 1 })).toBe(100);
    expect(runRatio({ totalWeight: 0, bound: 0, ratio: 1 })).toBe(100);
    expect(reachedShare({ exhibitorsReachedTalks: 3, exhibitors: 4, shareReachedTalks: 0.75 })).toBe(75);
  });
});
