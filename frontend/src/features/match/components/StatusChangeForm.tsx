import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '@/components/form/Select';
import { ErrorSummary } from '@/components/form/FieldErrors';
import type { FieldError } from '@/lib/api-client';
import { failureErrors } from '@/lib/forms/fieldErrors';
import { INTRODUCTION_STATUSES, useChangeStatus, type Introduction, type IntroductionStatus } from '../api/introductions';

const MAX_NOTE = 2000;

const isStatus = (value: string): value is IntroductionStatus => (INTRODUCTION_STATUSES as readonly string[]).includes(value);

/** Moves an introduction along (`POST /api/introductions/{id}/status`); the note goes into its history. */
export function StatusChangeForm({ introduction }: { introduction: Introduction }) {
  const { t } = useTranslation();
  const id = useId();
  const change = useChangeStatus(introduction.id);
  const current = isStatus(introduction.status) ? introduction.status : 'INTRODUCED';
  const [status, setStatus] = useState<IntroductionStatus>(current);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const changed = status !== introduction.status || note.trim().length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    setSaved(false);
    change.mutate(
      { status, note: note.trim() },
      {
        onSuccess: () => {
          setNote('');
          setSaved(true);
        },
        onError: (error) => setErrors(failureErrors(error)),
      },
    );
  };

  return (
    <form className="status-change" data-testid="introduction-status-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('introductions.newStatus')}</label>
        <Select
          id={`${id}-status`}
          data-testid="introduction-status-select"
          value={status}
          onChange={(value) => {
            setStatus(value);
            setSaved(false);
          }}
          options={INTRODUCTION_STATUSES}
          optionLabel={(s) => t(`status.${s}`)}
        />
      </div>
      <div className="field wide">
        <label htmlFor={`${id}-note`}>{t('introductions.statusNote')}</label>
        <input
          id={`${id}-note`}
          type="text"
          maxLength={MAX_NOTE}
          data-testid="introduction-status-note"
          placeholder={t('introductions.statusNoteHint')}
          value={note}
          onChange={(event) => {
            setNote(event.target.value);
            setSaved(false);
          }}
        />
      </div>
      <button type="submit" className="primary" disabled={!changed || change.isPending} data-testid="introduction-status-submit">
        {change.isPending ? t('form.saving') : t('introductions.update')}
      </button>
      {saved && (
        <span className="status success" role="status" data-testid="introduction-status-saved">
          {t('form.saved')}
        </span>
      )}
      <ErrorSummary errors={errors} testId="introduction-status-errors" />
    </form>
  );
}
