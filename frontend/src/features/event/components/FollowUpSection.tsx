import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/lib/api-client';
import { clientError, failureErrors } from '@/lib/forms/fieldErrors';
import { useAddSurveyRound, useRemoveSurveyRound, useSurveyRounds } from '../api/surveys';
import type { EventDetail, SurveyRound } from '../api/types';
import { formatDateTimeIn } from '../utils/time';
import { EventErrorSummary } from './EventErrors';

const MIN_MONTHS = 1;
const MAX_MONTHS = 24;

/**
 * Managers: the follow-up surveys after the fair. Each round (so many months after the last day) mails every
 * participant with held meetings one-click answers per meeting; a round can be taken back until it has gone out.
 */
export function FollowUpSection({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const rounds = useSurveyRounds(event.id);
  const add = useAddSurveyRound(event.id);
  const remove = useRemoveSurveyRound(event.id);
  const [months, setMonths] = useState('3');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = Number(months);
    if (months.trim() === '' || !Number.isInteger(value)) return setErrors([clientError('monthsAfter', 'required')]);
    if (value < MIN_MONTHS || value > MAX_MONTHS) {
      return setErrors([clientError('monthsAfter', value < MIN_MONTHS ? 'min' : 'max')]);
    }
    setErrors([]);
    add.mutate(value, { onError: (error) => setErrors(failureErrors(error)) });
  };
  const takeBack = (round: SurveyRound) => {
    setErrors([]);
    remove.mutate(round.id, { onError: (error) => setErrors(failureErrors(error)) });
  };
  return (
    <section className="card follow-up" aria-labelledby="follow-up-title" data-testid="follow-up">
      <h2 id="follow-up-title">{t('event.followUp.title')}</h2>
      <p className="hint">{t('event.followUp.lead')}</p>
      {rounds.isPending && <p className="status">{t('app.loading')}</p>}
      {rounds.isError && (
        <p className="status error" role="alert">
          {t('event.followUp.loadFailed')}
        </p>
      )}
      {rounds.data && rounds.data.length === 0 && <p className="hint">{t('event.followUp.none')}</p>}
      {rounds.data && rounds.data.length > 0 && (
        <RoundTable event={event} rounds={rounds.data} busy={remove.isPending} onRemove={takeBack} />
      )}
      <form className="actions" onSubmit={submit} noValidate>
        <label htmlFor="survey-months">{t('event.followUp.monthsLabel')}</label>
        <input id="survey-months" type="number" min={MIN_MONTHS} max={MAX_MONTHS} value={months}
          data-testid="survey-months" onChange={(e) => setMonths(e.target.value)} />
        <button type="submit" className="primary" disabled={add.isPending} data-testid="survey-add">
          {t('event.followUp.add')}
        </button>
      </form>
      <EventErrorSummary errors={errors} context="survey" testId="survey-errors" />
    </section>
  );
}

function RoundTable({ event, rounds, busy, onRemove }: {
  event: EventDetail;
  rounds: SurveyRound[];
  busy: boolean;
  onRemove: (round: SurveyRound) => void;
}) {
  const { t, i18n } = useTranslation();
  const when = (instant: string | null | undefined) => formatDateTimeIn(instant, event.timeZone, i18n.language);
  return (
    <table className="table" data-testid="survey-rounds">
      <thead>
        <tr>
          <th scope="col">{t('event.followUp.round')}</th>
          <th scope="col">{t('event.followUp.dueAt')}</th>
          <th scope="col">{t('event.followUp.state')}</th>
          <th scope="col">{t('event.followUp.mailed')}</th>
          <th scope="col">{t('event.followUp.answered')}</th>
          <th scope="col">
            <span className="sr-only">{t('event.followUp.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rounds.map((round) => {
          const label = t('event.followUp.months', { count: round.monthsAfter });
          return (
            <tr key={round.id} data-testid="survey-round">
              <th scope="row">{label}</th>
              <td>{when(round.dueAt)}</td>
              <td>{round.sentAt ? t('event.followUp.sent', { when: when(round.sentAt) }) : t('event.followUp.waiting')}</td>
              <td>{round.participantsMailed}</td>
              <td>{t('event.followUp.answeredOf', { answered: round.answered, asked: round.asked })}</td>
              <td>
                {!round.sentAt && round.participantsMailed === 0 && (
                  <button type="button" className="link" disabled={busy} data-testid="survey-remove"
                    aria-label={t('event.followUp.removeLabel', { round: label })} onClick={() => onRemove(round)}>
                    {t('event.followUp.remove')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
