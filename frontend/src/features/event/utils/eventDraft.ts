import type { FieldError } from '@/lib/api-client';
import { clientError } from '@/lib/forms/fieldErrors';
import { LANGUAGES } from '@/lib/i18n';
import type { Localized } from '@/lib/types';
import type { EventDetail, EventRequestBody, TimeRange } from '../api/types';
import { hhmm, instantToLocal, localToInstant, minutesOf } from './time';

export const SLOT_LENGTHS = [15, 20, 30] as const;

/** The event form's state: numbers as the inputs' text, deadlines as wall-clock times in the event's zone. */
export interface EventDraft {
  version?: number;
  names: Localized;
  venue: string;
  timeZone: string;
  slotMinutes: number;
  tables: string;
  sessions: TimeRange[];
  breaks: TimeRange[];
  registrationDeadline: string;
  requestDeadline: string;
  requestExpiryHours: string;
  maxOutgoingRequests: string;
  defaultMeetingCap: string;
}

const NO_NAMES: Localized = { ja: null, zh: null, en: null };

export const emptyRange = (): TimeRange => ({ date: '', start: '', end: '' });

export function emptyEvent(): EventDraft {
  return {
    names: { ...NO_NAMES },
    venue: '',
    timeZone: 'Asia/Tokyo',
    slotMinutes: 20,
    tables: '10',
    sessions: [{ date: '', start: '10:00', end: '17:00' }],
    breaks: [],
    registrationDeadline: '',
    requestDeadline: '',
    requestExpiryHours: '48',
    maxOutgoingRequests: '20',
    defaultMeetingCap: '12',
  };
}

const text = (n: number | null | undefined) => (n == null ? '' : String(n));
const range = (r: TimeRange): TimeRange => ({ date: r.date ?? '', start: hhmm(r.start), end: hhmm(r.end) });

export function toEventDraft(event: EventDetail): EventDraft {
  return {
    version: event.version,
    names: { ...NO_NAMES, ...event.names },
    venue: event.venue ?? '',
    timeZone: event.timeZone,
    slotMinutes: event.slotMinutes,
    tables: text(event.tables),
    sessions: (event.sessions ?? []).map(range),
    breaks: (event.breaks ?? []).map(range),
    registrationDeadline: instantToLocal(event.registrationDeadline, event.timeZone),
    requestDeadline: instantToLocal(event.requestDeadline, event.timeZone),
    requestExpiryHours: text(event.requestExpiryHours),
    maxOutgoingRequests: text(event.maxOutgoingRequests),
    defaultMeetingCap: text(event.defaultMeetingCap),
  };
}

const number = (value: string): number | null => (value.trim() === '' ? null : Number(value));
const trimmed = (value: Localized): Localized =>
  Object.fromEntries(LANGUAGES.map((l) => [l, value[l]?.trim() ? value[l]!.trim() : null])) as Localized;

export function toEventRequest(draft: EventDraft): EventRequestBody {
  return {
    version: draft.version ?? null,
    names: trimmed(draft.names),
    venue: draft.venue.trim(),
    timeZone: draft.timeZone,
    slotMinutes: draft.slotMinutes,
    tables: number(draft.tables),
    sessions: draft.sessions,
    breaks: draft.breaks,
    registrationDeadline: localToInstant(draft.registrationDeadline, draft.timeZone),
    requestDeadline: localToInstant(draft.requestDeadline, draft.timeZone),
    requestExpiryHours: number(draft.requestExpiryHours),
    maxOutgoingRequests: number(draft.maxOutgoingRequests),
    defaultMeetingCap: number(draft.defaultMeetingCap),
  };
}

function checkRange(r: TimeRange, path: string, errors: FieldError[]): boolean {
  let complete = true;
  for (const part of ['date', 'start', 'end'] as const) {
    if (!r[part]) {
      errors.push(clientError(`${path}.${part}`, 'required'));
      complete = false;
    }
  }
  if (complete && minutesOf(r.end) <= minutesOf(r.start)) {
    errors.push(clientError(`${path}.end`, 'order'));
    return false;
  }
  return complete;
}

/** The problems the form can see itself (the API checks the same and more: dates in the past, the zone). */
export function validateEvent(draft: EventDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (!LANGUAGES.some((l) => draft.names[l]?.trim())) errors.push(clientError('names', 'required'));
  if (!draft.venue.trim()) errors.push(clientError('venue', 'not_blank'));
  if (!draft.timeZone) errors.push(clientError('timeZone', 'required'));
  if (!(SLOT_LENGTHS as readonly number[]).includes(draft.slotMinutes)) errors.push(clientError('slotMinutes', 'allowed'));
  for (const [field, min] of [['tables', 1], ['requestExpiryHours', 1], ['maxOutgoingRequests', 1], ['defaultMeetingCap', 1]] as const) {
    const value = number(draft[field]);
    if (value == null) errors.push(clientError(field, 'required'));
    else if (!Number.isInteger(value) || value < min) errors.push(clientError(field, 'min'));
  }

  if (draft.sessions.length === 0) errors.push(clientError('sessions', 'required'));
  const good: Array<{ r: TimeRange; i: number }> = [];
  draft.sessions.forEach((session, i) => {
    const path = `sessions[${i}]`;
    if (!checkRange(session, path, errors)) return;
    if ((minutesOf(session.end) - minutesOf(session.start)) % draft.slotMinutes !== 0) {
      errors.push(clientError(path, 'divides'));
    }
    const clash = good.find(({ r }) => r.date === session.date && minutesOf(session.start) < minutesOf(r.end) && minutesOf(r.start) < minutesOf(session.end));
    if (clash) errors.push(clientError(path, 'overlap'));
    good.push({ r: session, i });
  });

  draft.breaks.forEach((pause, i) => {
    const path = `breaks[${i}]`;
    if (!checkRange(pause, path, errors)) return;
    const inside = good.find(({ r }) => r.date === pause.date && minutesOf(r.start) <= minutesOf(pause.start) && minutesOf(pause.end) <= minutesOf(r.end));
    if (!inside) {
      if (good.length === draft.sessions.length) errors.push(clientError(path, 'outside'));
      return;
    }
    const offStart = (minutesOf(pause.start) - minutesOf(inside.r.start)) % draft.slotMinutes;
    const offEnd = (minutesOf(pause.end) - minutesOf(inside.r.start)) % draft.slotMinutes;
    if (offStart !== 0 || offEnd !== 0) errors.push(clientError(path, 'aligned'));
  });

  for (const field of ['registrationDeadline', 'requestDeadline'] as const) {
    if (!draft[field]) errors.push(clientError(field, 'required'));
  }
  const lastEnd = good
    .map(({ r }) => `${r.date}T${r.end}`)
    .sort()
    .pop();
  if (lastEnd) {
    for (const field of ['registrationDeadline', 'requestDeadline'] as const) {
      if (draft[field] && draft[field] > lastEnd) errors.push(clientError(field, 'order'));
    }
  }
  return errors;
}

const rangeSlots = (name: string, count: number) =>
  Array.from({ length: count }, (_, i) => [`${name}[${i}]`, `${name}[${i}].date`, `${name}[${i}].start`, `${name}[${i}].end`]).flat();

/** Rows the form places errors at; a form has far fewer. */
const MAX_ROWS = 100;

/** Where the form shows errors. */
export const EVENT_SLOTS: readonly string[] = [
  'version',
  'names',
  ...LANGUAGES.map((l) => `names.${l}`),
  'venue',
  'timeZone',
  'slotMinutes',
  'tables',
  'sessions',
  ...rangeSlots('sessions', MAX_ROWS),
  'breaks',
  ...rangeSlots('breaks', MAX_ROWS),
  'registrationDeadline',
  'requestDeadline',
  'requestExpiryHours',
  'maxOutgoingRequests',
  'defaultMeetingCap',
];
