import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { InputField, SelectField } from '@/components/form/Field';
import type { FieldError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth/session';
import { failureErrors } from '@/lib/forms/fieldErrors';
import { FREQUENCIES, useSaveSearch, type Frequency } from '../api/savedSearches';

/** The page's query string as a saved search keeps it: the criteria, not the page of results. */
export function savedQuery(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('page');
  return params.toString();
}

/**
 * "Save this search" for signed-in users: a name and how often to hear of new results. The results that are there
 * today count as seen; what comes later arrives as a notification (in the daily digest unless chosen otherwise).
 */
export function SaveSearch({ defaultName }: { defaultName: string }) {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const location = useLocation();
  const save = useSaveSearch();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(defaultName);
  const [frequency, setFrequency] = useState<Frequency>('DAILY');
  const [errors, setErrors] = useState<FieldError[]>([]);
  if (!user) return null;
  if (!open) {
    return (
      <button type="button" className="link" data-testid="save-search-open" onClick={() => setOpen(true)}>
        {t('savedSearches.save')}
      </button>
    );
  }
  if (save.isSuccess) {
    return (
      <p role="status" className="status success" data-testid="save-search-done">
        {t('savedSearches.saved')} <Link to="/saved-searches">{t('savedSearches.manage')}</Link>
      </p>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    save.mutate({ name, query: savedQuery(location.search), frequency },
      { onError: (error) => setErrors(failureErrors(error)) });
  };
  return (
    <form className="save-search" onSubmit={submit} data-testid="save-search">
      <InputField path="name" label={t('savedSearches.name')} errors={errors.filter((e) => e.field === 'name')}
        value={name} onChange={setName} maxLength={100} required
        data-testid="save-search-name" />
      <SelectField path="frequency" label={t('savedSearches.frequency')} errors={[]} value={frequency}
        options={FREQUENCIES} optionLabel={(f) => t(`savedSearches.every.${f}`)} onChange={setFrequency}
        data-testid="save-search-frequency" />
      {errors.some((e) => e.field !== 'name') && <p role="alert">{t('savedSearches.refused')}</p>}
      <button type="submit" className="primary" disabled={save.isPending} data-testid="save-search-submit">
        {t('savedSearches.submit')}
      </button>
    </form>
  );
}
