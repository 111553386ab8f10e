import type { ImportProblem } from '@/components/ImportProblems';
import type { Reason } from '@/lib/reasons';
import type { Localized } from '@/lib/types';

/** The API's shapes for trade-fair events (docs/API.md, "Trade-fair events"). */

export type Phase = 'REGISTRATION' | 'REQUESTS' | 'CLOSED_FOR_REQUESTS' | 'FINISHED';
export type ParticipantRole = 'EXHIBITOR' | 'BUYER' | 'LARGE_FIRM';
export type Priority = 'MUST_MEET' | 'WOULD_LIKE';
export type RequestStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'WITHDRAWN';
export type Outcome = 'NO_SHOW' | 'NO_INTEREST' | 'FOLLOW_UP' | 'BUSINESS_TALKS' | 'DEAL';
export type UnscheduledReason =
  | 'PINNED_CONFLICT'
  | 'NO_COMMON_FREE_SLOT'
  | 'PARTICIPANT_CAP_REACHED'
  | 'SLOTS_FULL'
  | 'PARTICIPANTS_BUSY';

export const PARTICIPANT_ROLES: ParticipantRole[] = ['EXHIBITOR', 'BUYER', 'LARGE_FIRM'];
export const PRIORITIES: Priority[] = ['MUST_MEET', 'WOULD_LIKE'];
export const OUTCOMES: Outcome[] = ['NO_SHOW', 'NO_INTEREST', 'FOLLOW_UP', 'BUSINESS_TALKS', 'DEAL'];
export const REQUEST_STATUSES: RequestStatus[] = ['PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'];

/** A session day or a break, times of day in the event's zone (`10:00`). */
export interface TimeRange {
  date: string;
  start: string;
  end: string;
}

/** One slot; `start`/`end` are ISO instants with the event's offset, `day` its calendar date. */
export interface Slot {
  index: number;
  day: string;
  start: string;
  end: string;
  isBreak: boolean;
}

/** `GET /api/events`. */
export interface EventSummary {
  id: string;
  names: Localized;
  venue: string | null;
  timeZone: string;
  firstDay: string | null;
  lastDay: string | null;
  participants: number;
  phase: Phase;
  canManage: boolean;
  registered: boolean;
}

export interface MetBefore {
  eventId: string;
  names: Localized;
}

export interface Participant {
  id: string;
  eventId: string;
  companyId: string;
  companyNames: Localized;
  country: string | null;
  region: string | null;
  industry: string | null;
  role: ParticipantRole;
  offers: string | null;
  seeks: string | null;
  maxMeetings: number | null;
  unavailableSlots: number[];
  metBefore: MetBefore[];
  version: number;
}

/** `GET /api/events/{id}`. */
export interface EventDetail {
  id: string;
  names: Localized;
  venue: string | null;
  timeZone: string;
  slotMinutes: number;
  tables: number;
  sessions: TimeRange[];
  breaks: TimeRange[];
  registrationDeadline: string | null;
  requestDeadline: string | null;
  requestExpiryHours: number | null;
  maxOutgoingRequests: number | null;
  defaultMeetingCap: number | null;
  slots: Slot[];
  days: string[];
  phase: Phase;
  organisers: Array<{ id: string; displayName: string }>;
  canManage: boolean;
  myParticipant: Participant | null;
  counts: {
    participants: number;
    exhibitors: number;
    pendingRequests: number;
    acceptedMeetings: number;
    scheduledMeetings: number;
  } | null;
  version: number;
}

export interface EventRequestBody {
  version?: number;
  names: Localized;
  venue: string;
  timeZone: string;
  slotMinutes: number;
  tables: number | null;
  sessions: TimeRange[];
  breaks: TimeRange[];
  registrationDeadline: string | null;
  requestDeadline: string | null;
  requestExpiryHours: number | null;
  maxOutgoingRequests: number | null;
  defaultMeetingCap: number | null;
}

export interface RegistrationBody {
  version?: number;
  companyId?: string;
  role: ParticipantRole;
  offers: string;
  seeks: string;
  maxMeetings: number | null;
  unavailableSlots: number[];
}

export interface EventRecommendation {
  participant: Participant;
  score: number;
  reasons: Reason[];
}

/** A participant as the other side of a request or meeting. */
export interface ParticipantRef {
  id: string;
  companyId: string;
  companyNames: Localized;
  role: ParticipantRole;
}

export interface MeetingRequest {
  id: string;
  from: ParticipantRef;
  to: ParticipantRef;
  priority: Priority;
  message: string | null;
  status: RequestStatus;
  mutual: boolean;
  metBefore: MetBefore[];
  createdAt: string;
  expiresAt: string | null;
  respondedAt: string | null;
}

export interface ParticipantImport {
  created: number;
  updated: number;
  rejected: number;
  problems: ImportProblem[];
}

export interface RunProblem {
  meetingId: string;
  a: ParticipantRef;
  b: ParticipantRef;
  reason: UnscheduledReason | string;
  detail: string | null;
}

export interface ScheduleRun {
  id: string;
  at: string;
  totalWeight: number;
  bound: number;
  ratio: number;
  scheduled: number;
  unscheduled: number;
  participantsWithMeeting: number;
  participantsWithoutMeeting: number;
  averageGaps: number;
  millis: number;
  provenOptimal: boolean;
  problems: RunProblem[];
}

export interface MeetingOutcome {
  participantId: string;
  outcome: Outcome;
  note: string | null;
}

export interface Meeting {
  id: string;
  a: ParticipantRef;
  b: ParticipantRef;
  priority: Priority;
  mutual: boolean;
  weight: number;
  slot: number | null;
  table: number | null;
  start: string | null;
  end: string | null;
  pinned: boolean;
  outcomes: MeetingOutcome[];
}

export interface ScheduleView {
  /** The event's slots (the list, or only their count). */
  slots: Slot[] | number;
  tables: number;
  meetings: Meeting[];
  lastRun: ScheduleRun | null;
}

/** An outcome as the agenda reports it: the code alone or with its note. */
export type AgendaOutcome = Outcome | { outcome: Outcome; note: string | null } | null;

export interface AgendaItem {
  meetingId: string;
  slot: number | null;
  start: string | null;
  end: string | null;
  table: number | null;
  counterpart: ParticipantRef;
  priority: Priority;
  myOutcome: AgendaOutcome;
  theirOutcome: AgendaOutcome;
}

export interface Agenda {
  event: { id: string; names: Localized; venue: string | null; timeZone: string };
  participant: Participant;
  items: AgendaItem[];
}

export interface ShareRow {
  key: string;
  exhibitors: number;
  reached: number;
  share: number;
}

export interface Dashboard {
  participants: number;
  exhibitors: number;
  meetingsAccepted: number;
  meetingsScheduled: number;
  meetingsHeld: number;
  noShows: number;
  outcomes: Partial<Record<Outcome, number>>;
  exhibitorsReachedTalks: number;
  shareReachedTalks: number;
  byIndustry: ShareRow[];
  byCountry: ShareRow[];
}
