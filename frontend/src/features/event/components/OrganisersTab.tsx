import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/lib/api-client';
import { clientError, failureErrors } from '@/lib/forms/fieldErrors';
import { useAddOrganiser } from '../api/events';
import type { EventDetail } from '../api/types';
import { EventErrorSummary } from './EventErrors';

/** Managers: who manages the event, and adding another organiser account by e-mail. */
export function OrganisersTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const add = useAddOrganiser(event.id);
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [added, setAdded] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded(false);
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) return setErrors([clientError('email', 'email')]);
    setErrors([]);
    add.mutate(email.trim(), {
      onSuccess: () => {
        setEmail('');
        setAdded(true);
      },
      onError: (error) => setErrors(failureErrors(error)),
    });
  };
  return (
    <section className="card organisers-tab">
      <h2>{t('event.organisers.title')}</h2>
      <ul data-testid="event-organisers">
        {(event.organisers ?? []).map((o) => (
          <li key={o.id}>{o.displayName}</li>
        ))}
      </ul>
      <form className="form narrow" onSubmit={submit} noValidate>
        <label htmlFor="co-organiser-email">{t('event.organisers.email')}</label>
        <input id="co-organiser-email" type="email" value={email} data-testid="organiser-email"
          onChange={(e) => setEmail(e.target.value)} />
        <EventErrorSummary errors={errors} context="organiser" />
        {added && (
          <p className="status success" role="status">
            {t('event.organisers.added')}
          </p>
        )}
        <button type="submit" className="primary" disabled={add.isPending} data-testid="organiser-add">
          {t('event.organisers.add')}
        </button>
      </form>
    </section>
  );
}
