import type { EventDetail } from '../api/types';
import { emptyEvent, toEventDraft, toEventRequest, validateEvent, type EventDraft } from './eventDraft';

const valid = (): EventDraft => ({
  ...emptyEvent(),
  names: { ja: '結び商談会', zh: null, en: 'Musubi Fair' },
  venue: 'Tokyo Big Sight',
  tables: '3',
  sessions: [{ date: '2026-12-10', start: '10:00', end: '12:00' }],
  breaks: [{ date: '2026-12-10', start: '11:00', end: '11:20' }],
  registrationDeadline: '2026-12-06T18:00',
  requestDeadline: '2026-12-07T18:00',
});

const codes = (draft: EventDraft) => validateEvent(draft).map((e) => `${e.field}:${e.code}`);

describe('event form checks', () => {
  it('accepts a well-formed event', () => {
    expect(codes(valid())).toEqual([]);
  });

  it('asks for a name, a venue, tables and the deadlines', () => {
    expect(
      codes({ ...valid(), names: { ja: ' ', zh: null, en: null }, venue: '', tables: '0', requestDeadline: '' }),
    ).toEqual(['names:required', 'venue:not_blank', 'tables:min', 'requestDeadline:required']);
  });

  it('finds overlapping sessions, lengths that are no whole number of slots and end before start', () => {
    const draft = {
      ...valid(),
      breaks: [],
      sessions: [
        { date: '2026-12-10', start: '10:00', end: '12:00' },
        { date: '2026-12-10', start: '11:00', end: '13:00' },
        { date: '2026-12-11', start: '10:00', end: '10:50' },
        { date: '2026-12-12', start: '12:00', end: '10:00' },
      ],
    };
    expect(codes(draft)).toEqual(['sessions[1]:overlap', 'sessions[2]:divides', 'sessions[3].end:order']);
  });

  it('finds breaks outside the sessions or off the slot boundaries', () => {
    const draft = {
      ...valid(),
      breaks: [
        { date: '2026-12-11', start: '11:00', end: '11:20' },
        { date: '2026-12-10', start: '11:10', end: '11:30' },
      ],
    };
    expect(codes(draft)).toEqual(['breaks[0]:outside', 'breaks[1]:aligned']);
  });

  it('wants deadlines before the last session ends', () => {
    expect(codes({ ...valid(), requestDeadline: '2026-12-10T12:30' })).toEqual(['requestDeadline:order']);
  });

  it('sends the deadlines as instants with the event zone offset, and numbers as numbers', () => {
    const request = toEventRequest({ ...valid(), timeZone: 'Asia/Tokyo' });
    expect(request.registrationDeadline).toBe('2026-12-06T18:00:00+09:00');
    expect(request.requestDeadline).toBe('2026-12-07T18:00:00+09:00');
    expect(request.tables).toBe(3);
    expect(request.slotMinutes).toBe(20);
    expect(request.names).toEqual({ ja: '結び商談会', zh: null, en: 'Musubi Fair' });
    expect(request.version).toBeNull();
  });

  it('reads an event back into the form in its own zone', () => {
    const draft = toEventDraft({
      id: 'e1',
      version: 4,
      names: { ja: null, zh: null, en: 'Fair' },
      venue: 'Hall',
      timeZone: 'Asia/Tokyo',
      slotMinutes: 30,
      tables: 5,
      sessions: [{ date: '2026-12-10', start: '10:00:00', end: '17:00:00' }],
      breaks: [],
      registrationDeadline: '2026-12-06T09:00:00Z',
      requestDeadline: '2026-12-07T18:00+09:00',
      requestExpiryHours: 24,
      maxOutgoingRequests: 10,
      defaultMeetingCap: 8,
    } as unknown as EventDetail);
    expect(draft.sessions[0]).toEqual({ date: '2026-12-10', start: '10:00', end: '17:00' });
    expect(draft.registrationDeadline).toBe('2026-12-06T18:00');
    expect(draft.requestDeadline).toBe('2026-12-07T18:00');
    expect(draft.tables).toBe('5');
    expect(toEventRequest(draft).version).toBe(4);
  });
});
