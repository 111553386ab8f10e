import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '@/components/form/Select';
import type { FieldError } from '@/lib/api-client';
import { failureErrors } from '@/lib/forms/fieldErrors';
import { TableHead } from '@/components/TableHead';
import { useSaveOutcome } from '../api/agenda';
import { OUTCOMES, type AgendaItem, type AgendaOutcome, type Outcome } from '../api/types';
import { formatDay, formatTimeRange, hasStarted } from '../utils/time';
import { PriorityBadge } from './Badges';
import { CompanyName } from './CompanyName';
import { EventErrorSummary } from './EventErrors';

/** The agenda's outcome: the API sends the code alone (no note). */
export function outcomeOf(value: AgendaOutcome | undefined): { outcome: Outcome; note: string | null } | null {
  return value ? { outcome: value, note: null } : null;
}

/** Agenda items in time order, the ones without a place last. */
export function sortAgenda(items: readonly AgendaItem[]): AgendaItem[] {
  return [...items].sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || (a.table ?? 0) - (b.table ?? 0));
}

function OutcomeForm({ eventId, item }: { eventId: string; item: AgendaItem }) {
  const { t } = useTranslation();
  const save = useSaveOutcome(eventId);
  const current = outcomeOf(item.myOutcome);
  const [outcome, setOutcome] = useState<Outcome | ''>(current?.outcome ?? '');
  const [note, setNote] = useState(current?.note ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!outcome) return;
    setErrors([]);
    setSaved(false);
    save.mutate(
      { meetingId: item.meetingId, outcome, note: note.trim() },
      { onSuccess: () => setSaved(true), onError: (error) => setErrors(failureErrors(error)) },
    );
  };
  return (
    <form className="outcome-form" onSubmit={submit} data-testid="agenda-outcome-form">
      <Select value={outcome} data-testid="agenda-outcome" aria-label={t('event.agenda.myOutcome')} onChange={setOutcome}
        empty={t('form.choose')} options={OUTCOMES} optionLabel={(o) => t(`event.outcome.${o}`)} />
      <input type="text" maxLength={1000} value={note} data-testid="agenda-outcome-note"
        placeholder={t('event.agenda.note')} aria-label={t('event.agenda.note')} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" className="button" disabled={!outcome || save.isPending} data-testid="agenda-outcome-save">
        {t('form.save')}
      </button>
      {saved && (
        <span className="status success" role="status">
          {t('form.saved')}
        </span>
      )}
      <EventErrorSummary errors={errors} />
    </form>
  );
}

/** One row per meeting: time (in the event's zone), table, counterpart; outcomes once the meeting has started. */
export function AgendaTable({
  eventId,
  timeZone,
  items,
  editable,
  now = new Date(),
}: {
  eventId: string;
  timeZone: string;
  items: AgendaItem[];
  editable: boolean;
  now?: Date;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (items.length === 0) return <p className="empty" data-testid="agenda-empty">{t('event.agenda.empty')}</p>;
  return (
    <table className="table agenda-table" data-testid="agenda-table">
      <TableHead
        columns={[
          t('event.agenda.time'),
          t('event.agenda.table'),
          t('event.agenda.counterpart'),
          t('event.agenda.outcome'),
        ]}
      />
      <tbody>
        {sortAgenda(items).map((item) => {
          const theirs = outcomeOf(item.theirOutcome);
          const mine = outcomeOf(item.myOutcome);
          return (
            <tr key={item.meetingId} data-testid="agenda-item">
              <td data-testid="agenda-time">
                {item.start ? (
                  <>
                    <span className="agenda-day">{formatDay(item.start.slice(0, 10), language)}</span>{' '}
                    <strong>{formatTimeRange(item.start, item.end, timeZone, language)}</strong>
                  </>
                ) : (
                  <span className="hint">{t('event.agenda.unscheduled')}</span>
                )}
              </td>
              <td data-testid="agenda-table-number">
                {item.table != null ? t('event.agenda.tableNumber', { table: item.table }) : t('company.unknown')}
              </td>
              <td>
                <CompanyName names={item.counterpart.companyNames} companyId={item.counterpart.companyId} />{' '}
                <PriorityBadge priority={item.priority} />
              </td>
              <td>
                {editable && hasStarted(item.start, now) ? (
                  <OutcomeForm eventId={eventId} item={item} />
                ) : (
                  mine && <span data-testid="agenda-my-outcome">{t(`event.outcome.${mine.outcome}`)}</span>
                )}
                {theirs && (
                  <p className="hint" data-testid="agenda-their-outcome">
                    {t('event.agenda.theirOutcome', { outcome: t(`event.outcome.${theirs.outcome}`) })}
                  </p>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
