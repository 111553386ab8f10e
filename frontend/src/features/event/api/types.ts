import type { Narrowed, Schema } from '@/lib/api-schema';

/** The API's shapes for trade-fair events (docs/API.md, "Trade-fair events"), aliases of the OpenAPI schemas. */

/** The event's phase; the document declares it as a string. */
export type Phase = 'REGISTRATION' | 'REQUESTS' | 'CLOSED_FOR_REQUESTS' | 'FINISHED';
export type ParticipantRole = Schema<'ParticipantRole'>;
export type Priority = Schema<'Priority'>;
export type RequestStatus = Schema<'RequestStatus'>;
export type Outcome = Schema<'OutcomeKind'>;

export const PARTICIPANT_ROLES: ParticipantRole[] = ['EXHIBITOR', 'BUYER', 'LARGE_FIRM'];
export const PRIORITIES: Priority[] = ['MUST_MEET', 'WOULD_LIKE'];
export const OUTCOMES: Outcome[] = ['NO_SHOW', 'NO_INTEREST', 'FOLLOW_UP', 'BUSINESS_TALKS', 'DEAL'];
export const REQUEST_STATUSES: RequestStatus[] = ['PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'];

/**
 * A session day or a break, times of day in the event's zone (`10:00`). The document shares one schema between the
 * request (where a missing value is a field error) and the view (always complete), so the view's fields are narrowed.
 */
export type TimeRange = Narrowed<Schema<'Timetable.Period'>, { date: string; start: string; end: string }>;

/** One slot; `start`/`end` are ISO instants with the event's offset, `day` its calendar date. */
export type Slot = Schema<'Timetable.Slot'>;

/** `GET /api/events`. */
export type EventSummary = Narrowed<Schema<'EventService.Summary'>, { phase: Phase }>;

export type MetBefore = Schema<'Participants.EventRef'>;

export type Participant = Schema<'Participants.View'>;

/** `GET /api/events/{id}`. */
export type EventDetail = Narrowed<
  Schema<'EventService.View'>,
  { phase: Phase; sessions: TimeRange[]; breaks: TimeRange[] }
>;

export type EventRequestBody = Schema<'EventRequest'>;

export type RegistrationBody = Narrowed<Schema<'ParticipantRequest'>, { role: ParticipantRole }>;

export type EventRecommendation = Schema<'Participants.Recommended'>;

/** A participant as the other side of a request or meeting. */
export type ParticipantRef = Schema<'MeetingRequests.Ref'>;

export type MeetingRequest = Schema<'MeetingRequests.View'>;

export type ParticipantImport = Schema<'ParticipantImport.Result'>;

/**
 * Why the scheduler left a meeting out (`RunProblem.reason`; the document declares a string, and an unknown code is
 * shown as it comes).
 */
export type UnscheduledReason =
  | 'PINNED_CONFLICT'
  | 'NO_COMMON_FREE_SLOT'
  | 'PARTICIPANT_CAP_REACHED'
  | 'SLOTS_FULL'
  | 'PARTICIPANTS_BUSY';

export type RunProblem = Schema<'Schedules.Problem'>;

export type ScheduleRun = Schema<'Schedules.Run'>;

export type MeetingOutcome = Schema<'Schedules.Outcome'>;

export type Meeting = Schema<'Schedules.Meeting'>;

export type ScheduleView = Schema<'Schedules.Grid'>;

/** An outcome as the agenda reports it: the code alone (the note is in the schedule's `outcomes`). */
export type AgendaOutcome = Outcome | null;

export type AgendaItem = Schema<'Agendas.Item'>;

export type Agenda = Schema<'Agendas.Agenda'>;

export type ShareRow = Schema<'Outcomes.Share'>;

/** `outcomes` is a map in the document; its keys are outcome codes. */
export type Dashboard = Narrowed<Schema<'Outcomes.Dashboard'>, { outcomes: Partial<Record<Outcome, number>> }>;

/** A follow-up survey's answer about a held meeting, from nothing further to the most binding. */
export type SurveyAnswer = Schema<'SurveyAnswer'>;
export const SURVEY_ANSWERS: SurveyAnswer[] = [
  'NO_FURTHER_CONTACT',
  'IN_TALKS',
  'SAMPLE_OR_TRIAL_ORDER',
  'CONTRACT',
  'PARTNERSHIP_AGREEMENT',
];

/** `GET /api/events/{id}/surveys`: a follow-up survey round. */
export type SurveyRound = Schema<'SurveyRounds.Round'>;

/** `GET /api/surveys/answer?token=`: what a survey mail's link records. */
export type SurveyQuestion = Schema<'SurveyAnswers.Question'>;

/** The dashboard's funnel from requests to deals, at the fair and per survey round. */
export type Funnel = Schema<'FollowUpFigures.Funnel'>;
export type RoundFunnel = Schema<'FollowUpFigures.RoundFunnel'>;
