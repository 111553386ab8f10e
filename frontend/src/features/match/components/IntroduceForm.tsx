import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorSummary, errorText } from '@/components/form/FieldErrors';
import type { FieldError } from '@/lib/api-client';
import { failureErrors, placeErrors } from '@/lib/forms/fieldErrors';
import type { RecommendationSubject } from '@/lib/recommendations';
import { useIntroduce } from '../api/introductions';
import type { Recommendation } from '../api/recommendations';
import { introductionFor } from '../utils/introduction';

const MAX_NOTE = 2000;

/**
 * "Introduce" on a recommendation (coordinators and admins): a note, then `POST /api/introductions` between the
 * subject's company and the candidate's. Closed it is a button; done it links to the introductions page.
 */
export function IntroduceForm({
  subject,
  item,
  candidateName,
}: {
  subject: RecommendationSubject;
  item: Recommendation;
  candidateName: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const introduce = useIntroduce();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const possible = introductionFor(subject, item, '') !== null;

  if (introduce.isSuccess) {
    return (
      <p className="status success" role="status" data-testid="introduce-done">
        {t('match.introduced')} <Link to="/introductions">{t('match.openIntroductions')}</Link>
      </p>
    );
  }
  if (!open) {
    return (
      <button
        type="button"
        className="button"
        data-testid="recommendation-introduce"
        disabled={!possible}
        title={possible ? undefined : t('match.cannotIntroduce')}
        onClick={() => setOpen(true)}
      >
        {t('match.introduce')}
      </button>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const request = introductionFor(subject, item, note);
    if (!request) return;
    setErrors([]);
    introduce.mutate(request, { onError: (error) => setErrors(failureErrors(error)) });
  };
  const placed = placeErrors(errors, ['note']);
  const noteErrors = placed.at('note');
  return (
    <form className="introduce-form" data-testid="introduce-form" onSubmit={submit}>
      <label htmlFor={`${id}-note`}>{t('match.introduceTitle', { name: candidateName })}</label>
      <textarea
        id={`${id}-note`}
        rows={3}
        maxLength={MAX_NOTE}
        data-testid="introduce-note"
        placeholder={t('match.notePlaceholder')}
        aria-invalid={noteErrors.length > 0 || undefined}
        aria-describedby={noteErrors.length > 0 ? `${id}-errors` : undefined}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      {noteErrors.length > 0 && (
        <ul className="field-errors" id={`${id}-errors`} data-testid="field-error" data-field="note">
          {noteErrors.map((error, index) => (
            <li key={index}>{errorText(t, error)}</li>
          ))}
        </ul>
      )}
      <ErrorSummary errors={placed.unplaced} testId="introduce-errors" />
      <div className="buttons">
        <button type="submit" className="primary" disabled={introduce.isPending} data-testid="introduce-submit">
          {introduce.isPending ? t('match.introducing') : t('match.introduceSubmit')}
        </button>
        <button type="button" className="button" data-testid="introduce-cancel" onClick={() => setOpen(false)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
