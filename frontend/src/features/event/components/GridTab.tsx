import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/lib/api-client';
import { failureErrors } from '@/lib/forms/fieldErrors';
import { usePlaceMeeting, useSchedule, type Placement } from '../api/schedule';
import type { EventDetail, Meeting } from '../api/types';
import { buildGrid, meetingSlots } from '../utils/grid';
import { formatDay, formatTime, formatTimeRange, zoneLabel } from '../utils/time';
import { CompanyName } from './CompanyName';
import { EventErrorSummary } from './EventErrors';

function MeetingNames({ meeting }: { meeting: Meeting }) {
  return (
    <span className="meeting-names">
      <CompanyName names={meeting.a.companyNames} full={false} link={false} />
      <CompanyName names={meeting.b.companyNames} full={false} link={false} />
    </span>
  );
}

/** The selected meeting: pin or unpin it, move it to a slot and table, or take it out of the schedule. */
function MeetingPanel({
  event,
  meeting,
  target,
  onTarget,
  onClose,
}: {
  event: EventDetail;
  meeting: Meeting;
  target: { slot: string; table: string };
  onTarget: (target: { slot: string; table: string }) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const place = usePlaceMeeting(event.id);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [pinHere, setPinHere] = useState(true);
  const send = (placement: Placement | null) => {
    setErrors([]);
    place.mutate({ meetingId: meeting.id, placement }, { onError: (error) => setErrors(failureErrors(error)) });
  };
  const scheduled = meeting.slot != null && meeting.table != null;
  return (
    <aside className="card meeting-panel" data-testid="grid-meeting-panel" aria-live="polite">
      <h3>{t('event.grid.selected')}</h3>
      <MeetingNames meeting={meeting} />
      <p className="hint">
        {scheduled
          ? t('event.grid.placedAt', {
              time: formatTimeRange(meeting.start, meeting.end, event.timeZone, i18n.language),
              table: meeting.table,
            })
          : t('event.agenda.unscheduled')}
        {meeting.pinned && ` · ${t('event.grid.pinned')}`}
      </p>
      <div className="buttons">
        {scheduled && (
          <button type="button" className="button" data-testid="grid-pin" disabled={place.isPending}
            onClick={() => send({ slot: meeting.slot!, table: meeting.table!, pinned: !meeting.pinned })}>
            {meeting.pinned ? t('event.grid.unpin') : t('event.grid.pin')}
          </button>
        )}
        {scheduled && (
          <button type="button" className="button" data-testid="grid-unschedule" disabled={place.isPending}
            onClick={() => send(null)}>
            {t('event.grid.unschedule')}
          </button>
        )}
        <button type="button" className="link" onClick={onClose}>
          {t('event.grid.close')}
        </button>
      </div>
      <form className="move-form" onSubmit={(e) => {
        e.preventDefault();
        if (target.slot === '' || target.table === '') return;
        send({ slot: Number(target.slot), table: Number(target.table), pinned: pinHere });
      }}>
        <label>
          {t('event.grid.slot')}
          <select value={target.slot} data-testid="grid-move-slot" onChange={(e) => onTarget({ ...target, slot: e.target.value })}>
            <option value="">{t('form.choose')}</option>
            {meetingSlots(event.slots ?? []).map((slot) => (
              <option key={slot.index} value={slot.index}>
                {formatDay(slot.day, i18n.language)} {formatTime(slot.start, event.timeZone, i18n.language)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('event.grid.table')}
          <select value={target.table} data-testid="grid-move-table" onChange={(e) => onTarget({ ...target, table: e.target.value })}>
            <option value="">{t('form.choose')}</option>
            {Array.from({ length: event.tables }, (_, i) => i + 1).map((table) => (
              <option key={table} value={table}>
                {table}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={pinHere} onChange={(e) => setPinHere(e.target.checked)} />
          {t('event.grid.pinHere')}
        </label>
        <button type="submit" className="primary" data-testid="grid-move" disabled={place.isPending || !target.slot || !target.table}>
          {t('event.grid.move')}
        </button>
      </form>
      <EventErrorSummary errors={errors} context="placement" testId="grid-errors" />
    </aside>
  );
}

/** Managers: the schedule as tables × slots per day; select a meeting to pin, move or unschedule it. */
export function GridTab({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { data, isPending, isError } = useSchedule(event.id);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [target, setTarget] = useState({ slot: '', table: '' });
  const grid = useMemo(
    () => buildGrid({ slots: event.slots ?? [], days: event.days ?? [], tables: data?.tables ?? event.tables }, data?.meetings ?? []),
    [event.slots, event.days, event.tables, data],
  );
  const selected = data?.meetings.find((m) => m.id === selectedId) ?? null;
  const select = (meeting: Meeting) => {
    setSelectedId(meeting.id);
    setTarget({ slot: meeting.slot != null ? String(meeting.slot) : '', table: meeting.table != null ? String(meeting.table) : '' });
  };

  if (isPending) return <p className="status">{t('app.loading')}</p>;
  if (isError) {
    return (
      <p className="status error" role="alert">
        {t('event.grid.error')}
      </p>
    );
  }
  return (
    <section className="grid-tab">
      <p className="hint">{t('event.timesIn', { zone: zoneLabel(event.timeZone) })} {t('event.grid.lead')}</p>
      <div className="grid-layout">
        <div className="grid-days">
          {grid.days.map((day) => (
            <div key={day.day} className="grid-day" data-testid="grid-day">
              <h3>{formatDay(day.day, language)}</h3>
              <div className="grid-scroll">
                <table className="table schedule-grid">
                  <thead>
                    <tr>
                      <th>{t('event.grid.table')}</th>
                      {day.slots.map((slot) => (
                        <th key={slot.index} className={slot.isBreak ? 'break' : undefined}>
                          {formatTime(slot.start, event.timeZone, language)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {day.rows.map((row) => (
                      <tr key={row.table}>
                        <th>{row.table}</th>
                        {row.cells.map((cell) => {
                          const meeting = cell.meeting;
                          const classes = ['grid-cell', cell.slot.isBreak ? 'break' : '', meeting?.pinned ? 'pinned' : '',
                            meeting && meeting.id === selectedId ? 'selected' : ''].filter(Boolean).join(' ');
                          return (
                            <td key={cell.slot.index} className={classes} data-testid="grid-cell" data-slot={cell.slot.index}
                              data-table={cell.table}
                              onClick={() => {
                                if (!meeting && selected && !cell.slot.isBreak) {
                                  setTarget({ slot: String(cell.slot.index), table: String(cell.table) });
                                }
                              }}>
                              {meeting ? (
                                <button type="button" className="meeting" data-testid="grid-meeting" onClick={() => select(meeting)}
                                  aria-pressed={meeting.id === selectedId}>
                                  <MeetingNames meeting={meeting} />
                                  {meeting.pinned && <span className="pin" aria-label={t('event.grid.pinned')}>📌</span>}
                                </button>
                              ) : cell.slot.isBreak ? (
                                <span className="break-label">{t('event.break')}</span>
                              ) : null}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          ))}
        </div>
        <div className="grid-side">
          {selected && (
            <MeetingPanel key={selected.id} event={event} meeting={selected} target={target} onTarget={setTarget}
              onClose={() => setSelectedId(null)} />
          )}
          <section className="card" data-testid="grid-unscheduled">
            <h3>{t('event.grid.unscheduledTitle', { count: grid.unscheduled.length })}</h3>
            {grid.unscheduled.length === 0 && <p className="hint">{t('event.grid.allPlaced')}</p>}
            <ul className="unscheduled-list">
              {grid.unscheduled.map((meeting) => (
                <li key={meeting.id} data-testid="grid-unscheduled-meeting">
                  <button type="button" className="meeting" onClick={() => select(meeting)} aria-pressed={meeting.id === selectedId}>
                    <MeetingNames meeting={meeting} />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </section>
  );
}
