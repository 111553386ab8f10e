/**
 * Times in an event's time zone (an IANA id such as `Asia/Tokyo`), whatever the browser's own zone is.
 * Uses only the browser's Intl; bad input is shown as it is, never throws.
 */

export const TIME_ZONES = [
  'Asia/Tokyo',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Seoul',
  'Asia/Singapore',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'UTC',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

function parts(date: Date, timeZone: string) {
  const formatted = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => Number(formatted.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
}

/** The zone's offset from UTC in minutes at an instant (Tokyo: 540). */
export function offsetMinutes(timeZone: string, at: Date): number {
  const p = parts(at, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** 540 → `+09:00`, -300 → `-05:00`, 0 → `+00:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/**
 * A wall-clock time in the zone (a datetime-local value, `2026-12-07T18:00`) as an ISO instant with the zone's
 * offset at that moment (`2026-12-07T18:00:00+09:00`); null when the value is empty or not a date-time.
 */
export function localToInstant(local: string, timeZone: string): string | null {
  const match = LOCAL.exec(local ?? '');
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  try {
    let offset = offsetMinutes(timeZone, new Date(wall));
    const second = offsetMinutes(timeZone, new Date(wall - offset * 60_000));
    if (second !== offset) offset = second; // near a daylight-saving change
    return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:00${formatOffset(offset)}`;
  } catch {
    return null;
  }
}

/** An instant as the zone's wall-clock time for a datetime-local input (`2026-12-07T18:00`); '' if none. */
export function instantToLocal(instant: string | null | undefined, timeZone: string): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  try {
    const p = parts(date, timeZone);
    return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
  } catch {
    return '';
  }
}

/** The time of day of an instant in the event's zone, in the UI language (`10:00`). */
export function formatTime(instant: string | null | undefined, timeZone: string, language: string): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  try {
    return new Intl.DateTimeFormat(language, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  } catch {
    return instant;
  }
}

/** `10:00–10:20` in the event's zone. */
export function formatTimeRange(start: string | null | undefined, end: string | null | undefined, timeZone: string, language: string): string {
  return `${formatTime(start, timeZone, language)}–${formatTime(end, timeZone, language)}`;
}

/** Date and time of an instant in the event's zone, in the UI language. */
export function formatDateTimeIn(instant: string | null | undefined, timeZone: string, language: string): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  try {
    return new Intl.DateTimeFormat(language, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
  } catch {
    return instant;
  }
}

/** A calendar date (`2026-12-10`) with its weekday in the UI language; the same day in every zone. */
export function formatDay(day: string | null | undefined, language: string): string {
  if (!day) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  try {
    return new Intl.DateTimeFormat(language, { timeZone: 'UTC', weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }).format(date);
  } catch {
    return day;
  }
}

/** `Asia/Tokyo (UTC+09:00)`, the offset at `at` (default now). */
export function zoneLabel(timeZone: string, at: Date = new Date()): string {
  try {
    return `${timeZone} (UTC${formatOffset(offsetMinutes(timeZone, at))})`;
  } catch {
    return timeZone;
  }
}

/** `10:00:00` → `10:00` for time inputs. */
export function hhmm(value: string | null | undefined): string {
  return (value ?? '').slice(0, 5);
}

/** Minutes since midnight of `10:30` (NaN when not a time). */
export function minutesOf(value: string): number {
  const match = /^(\d{1,2}):(\d{2})/.exec(value ?? '');
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

/** Whether a meeting starting at `start` has begun. */
export function hasStarted(start: string | null | undefined, now: Date = new Date()): boolean {
  if (!start) return false;
  const date = new Date(start);
  return !Number.isNaN(date.getTime()) && date.getTime() <= now.getTime();
}
