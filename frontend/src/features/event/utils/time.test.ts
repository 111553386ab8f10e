import {
  formatDay,
  formatOffset,
  formatTime,
  formatTimeRange,
  hasStarted,
  instantToLocal,
  localToInstant,
  offsetMinutes,
  zoneLabel,
} from './time';

describe('times in the event time zone', () => {
  it('turns a wall-clock time in the zone into an instant with that zone offset', () => {
    expect(localToInstant('2026-12-07T18:00', 'Asia/Tokyo')).toBe('2026-12-07T18:00:00+09:00');
    expect(localToInstant('2026-12-07T18:00', 'UTC')).toBe('2026-12-07T18:00:00+00:00');
    expect(localToInstant('2026-12-07T09:30', 'America/New_York')).toBe('2026-12-07T09:30:00-05:00');
    // summer time
    expect(localToInstant('2026-07-01T09:30', 'America/New_York')).toBe('2026-07-01T09:30:00-04:00');
    expect(localToInstant('2026-07-01T09:30', 'Europe/Berlin')).toBe('2026-07-01T09:30:00+02:00');
    expect(localToInstant('', 'Asia/Tokyo')).toBeNull();
  });

  it('shows an instant as the zone wall-clock time for the input, whatever offset it was written with', () => {
    expect(instantToLocal('2026-12-07T09:00:00Z', 'Asia/Tokyo')).toBe('2026-12-07T18:00');
    expect(instantToLocal('2026-12-07T18:00+09:00', 'Asia/Shanghai')).toBe('2026-12-07T17:00');
    expect(instantToLocal(null, 'Asia/Tokyo')).toBe('');
  });

  it('knows zone offsets', () => {
    expect(offsetMinutes('Asia/Tokyo', new Date('2026-12-10T00:00:00Z'))).toBe(540);
    expect(offsetMinutes('Europe/London', new Date('2026-12-10T00:00:00Z'))).toBe(0);
    expect(formatOffset(-300)).toBe('-05:00');
    expect(zoneLabel('Asia/Tokyo')).toBe('Asia/Tokyo (UTC+09:00)');
  });

  it('formats slot times in the event zone, not the browser zone', () => {
    const start = '2026-12-10T10:00+09:00';
    const end = '2026-12-10T10:20+09:00';
    expect(formatTime(start, 'Asia/Tokyo', 'en')).toBe('10:00');
    expect(formatTimeRange(start, end, 'Asia/Tokyo', 'ja')).toBe('10:00–10:20');
    // the same instant seen from Shanghai
    expect(formatTime(start, 'Asia/Shanghai', 'en')).toBe('09:00');
    expect(formatTime('not a time', 'Asia/Tokyo', 'en')).toBe('not a time');
  });

  it('formats calendar days without shifting them', () => {
    expect(formatDay('2026-12-10', 'en')).toMatch(/Dec 10, 2026/);
    expect(formatDay('2026-12-10', 'ja')).toContain('12月10日');
  });

  it('knows whether a meeting has started', () => {
    const now = new Date('2026-12-10T01:05:00Z');
    expect(hasStarted('2026-12-10T10:00+09:00', now)).toBe(true);
    expect(hasStarted('2026-12-10T10:20+09:00', now)).toBe(false);
    expect(hasStarted(null, now)).toBe(false);
  });
});
