/**
 * Trade-fair matching sessions ({@code /api/events/**}): events with session days, slots, breaks and tables
 * ({@code EventService}, {@code Timetable}), registration and participant import ({@code Participants},
 * {@code ParticipantImport}), meeting requests that are accepted, declined, withdrawn or expire
 * ({@code MeetingRequests}), the schedule ({@code Schedules}), agendas as JSON, iCalendar and CSV ({@code Agendas}),
 * and outcomes with the organiser's dashboard ({@code Outcomes}). Roles, priorities, request statuses and outcomes
 * are enums ({@code ParticipantRole}, {@code Priority}, {@code RequestStatus}, {@code OutcomeKind}); the field
 * checks are pure ({@code ParticipantRules}, {@code MeetingRequestRules}, {@code EventRules}). It owns {@code fair_event},
 * {@code fair_event_organiser}, {@code fair_participant}, {@code meeting_request}, {@code meeting},
 * {@code meeting_seat}, {@code schedule_run}, {@code meeting_outcome}, {@code fair_reminder} and the follow-up surveys'
 * {@code survey_round}, {@code survey_mailing} and {@code survey_answer}, and uses {@code platform.Sql} for all of
 * them; it reads companies through {@code CompanyService} and the {@code company_directory} view, users through
 * {@code AccountService} and the {@code user_directory} view; it exposes only {@code DemoEvent} (to {@code demo}) and uses {@code search.ListingSearch} and
 * {@code match.MatchService} to rank participants and {@code account.ConfirmedSenders} before a request is sent. An
 * event is managed by the organiser who created it and the co-organisers they add; participants act only for their own
 * company ({@code EventAuthorizationTest}). Every change to a schedule takes the event's row lock
 * ({@code EventService.lock}) and unique indexes refuse a double booking; the optimiser itself is the pure
 * {@code event.scheduling} package. A request and its answer notify the companies concerned ({@code RequestNotices},
 * through {@code notification}), and so does time passing ({@code RequestExpiry}: a reminder before a request
 * expires, a notice when it has). {@code ScheduleAnnouncements} tells participants their published agenda (.ics) and
 * every meeting that moves afterwards; {@code FairReminders} the day before and on the morning of each day. {@code MeetingPairs} stores the meeting an accepted request makes.
 * After the fair, follow-up surveys ({@code SurveyController}): managers schedule rounds months after the last day
 * ({@code SurveyRounds}); {@code FollowUpSurveys} mails each participant with held meetings once per round
 * ({@code SurveyMails}) with signed one-click answers ({@code SurveyLinks}, {@code SurveyAnswer}) that
 * {@code SurveyAnswers} records without a login; {@code FollowUpFigures} makes the dashboard's funnel from them.
 */
package io.musubi.event;
