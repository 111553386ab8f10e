import type { EventDetail, MeetingRequest, Participant, ParticipantRef, Slot } from '../api/types';

/** Canned API answers for the event feature's tests. */

export { userWithRole as user } from '@/test/users';

const slot = (index: number, time: string, end: string, isBreak = false): Slot => ({
  index,
  day: '2099-12-10',
  start: `2099-12-10T${time}+09:00`,
  end: `2099-12-10T${end}+09:00`,
  isBreak,
});

export const SLOTS: Slot[] = [
  slot(0, '10:00', '10:20'),
  slot(1, '10:20', '10:40'),
  slot(2, '10:40', '11:00', true),
  slot(3, '11:00', '11:20'),
];

export const HAYASHI: Participant = {
  id: 'p-hayashi',
  eventId: 'e1',
  companyId: 'hayashi',
  companyNames: { ja: '林精密工業株式会社', zh: null, en: 'Hayashi Precision Industries Co., Ltd.' },
  country: 'JP',
  region: 'JP-21',
  industry: 'MANUFACTURING',
  role: 'EXHIBITOR',
  offers: '5-axis machining',
  seeks: 'Aerospace customers',
  maxMeetings: 8,
  unavailableSlots: [],
  metBefore: [],
  version: 1,
};

export const YAMATO: Participant = {
  ...HAYASHI,
  id: 'p-yamato',
  companyId: 'yamato',
  companyNames: { ja: '大和重工業株式会社', zh: '大和重工业株式会社', en: 'Yamato Heavy Industries, Ltd.' },
  role: 'LARGE_FIRM',
  offers: 'Orders for turbine parts',
  seeks: 'Titanium machining',
};

export const EVENT: EventDetail = {
  id: 'e1',
  names: { ja: '結び商談会', zh: '结缘洽谈会', en: 'Musubi Fair' },
  venue: 'Tokyo Big Sight',
  timeZone: 'Asia/Tokyo',
  slotMinutes: 20,
  tables: 3,
  sessions: [{ date: '2099-12-10', start: '10:00', end: '11:20' }],
  breaks: [{ date: '2099-12-10', start: '10:40', end: '11:00' }],
  registrationDeadline: '2099-12-06T18:00:00+09:00',
  requestDeadline: '2099-12-07T18:00:00+09:00',
  requestExpiryHours: 48,
  maxOutgoingRequests: 20,
  defaultMeetingCap: 12,
  slots: SLOTS,
  days: ['2099-12-10'],
  phase: 'REGISTRATION',
  organisers: [{ id: 'o1', displayName: '展示会 事務局' }],
  canManage: false,
  myParticipant: null,
  counts: { participants: 2, exhibitors: 1, pendingRequests: 1, acceptedMeetings: 0, scheduledMeetings: 0 },
  version: 1,
};

export const refOf = (p: Participant): ParticipantRef => ({
  id: p.id,
  companyId: p.companyId,
  companyNames: p.companyNames,
  role: p.role,
});

export const REQUEST: MeetingRequest = {
  id: 'r1',
  from: refOf(YAMATO),
  to: refOf(HAYASHI),
  priority: 'MUST_MEET',
  message: 'Titanium turbine parts',
  status: 'PENDING',
  mutual: true,
  metBefore: [{ eventId: 'e0', names: { ja: '前回商談会', zh: null, en: 'Last Fair' } }],
  createdAt: '2026-11-20T01:00:00Z',
  expiresAt: '2026-11-22T01:00:00Z',
  respondedAt: null,
};
