import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { InputField, SelectField, TextAreaField } from '@/components/form/Field';
import type { FieldError } from '@/lib/api-client';
import type { Role } from '@/lib/auth/permissions';
import { clientError, failureErrors, placeErrors } from '@/lib/forms/fieldErrors';
import { useRegister } from '../api/participants';
import { PARTICIPANT_ROLES, type EventDetail, type Participant, type ParticipantRole } from '../api/types';
import { eventErrorText } from '../utils/errors';
import { EventErrorSummary } from './EventErrors';
import { SlotCheckboxes } from './SlotCheckboxes';

const SLOTS = ['role', 'offers', 'seeks', 'maxMeetings', 'unavailableSlots'];

/** Registering my company for the event (or changing the registration): role, offers, seeks, cap, slots I cannot. */
export function RegistrationForm({
  event,
  participant,
  userRole,
  onDone,
}: {
  event: EventDetail;
  participant?: Participant | null;
  userRole?: Role;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const register = useRegister(event.id, participant);
  const [role, setRole] = useState<ParticipantRole>(
    participant?.role ?? (userRole === 'LARGE_FIRM_MEMBER' ? 'LARGE_FIRM' : 'EXHIBITOR'),
  );
  const [offers, setOffers] = useState(participant?.offers ?? '');
  const [seeks, setSeeks] = useState(participant?.seeks ?? '');
  const [maxMeetings, setMaxMeetings] = useState(participant?.maxMeetings != null ? String(participant.maxMeetings) : '');
  const [unavailable, setUnavailable] = useState<number[]>(participant?.unavailableSlots ?? []);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const placed = useMemo(() => placeErrors(errors, SLOTS), [errors]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: FieldError[] = [];
    if (!offers.trim() && !seeks.trim()) problems.push(clientError('offers', 'required'));
    const cap = maxMeetings.trim() === '' ? null : Number(maxMeetings);
    if (cap != null && (!Number.isInteger(cap) || cap < 1)) problems.push(clientError('maxMeetings', 'min'));
    setErrors(problems);
    if (problems.length) return;
    register.mutate(
      { role, offers: offers.trim(), seeks: seeks.trim(), maxMeetings: cap, unavailableSlots: unavailable },
      { onSuccess: () => onDone?.(), onError: (error) => setErrors(failureErrors(error)) },
    );
  };

  return (
    <form className="form registration-form" onSubmit={submit} noValidate data-testid="event-register-form">
      <SelectField path="role" label={t('event.register.role')} errors={placed.at('role')} errorText={eventErrorText}
        data-testid="event-register-role" value={role} onChange={setRole} options={PARTICIPANT_ROLES}
        optionLabel={(r) => t(`event.role.${r}`)} />
      <TextAreaField path="offers" label={t('event.register.offers')} errors={placed.at('offers')}
        errorText={eventErrorText} hint={t('event.register.offersHint')} rows={3} maxLength={2000}
        data-testid="event-register-offers" value={offers} onChange={setOffers} />
      <TextAreaField path="seeks" label={t('event.register.seeks')} errors={placed.at('seeks')}
        errorText={eventErrorText} hint={t('event.register.seeksHint')} rows={3} maxLength={2000}
        data-testid="event-register-seeks" value={seeks} onChange={setSeeks} />
      <InputField path="maxMeetings" label={t('event.register.maxMeetings')} errors={placed.at('maxMeetings')}
        errorText={eventErrorText} hint={t('event.register.maxMeetingsHint', { count: event.defaultMeetingCap ?? 0 })}
        type="number" min={1} data-testid="event-register-max-meetings" value={maxMeetings} onChange={setMaxMeetings} />
      <SlotCheckboxes event={event} value={unavailable} onChange={setUnavailable} legend={t('event.register.unavailable')} />
      <EventErrorSummary errors={[...placed.unplaced, ...placed.at('unavailableSlots')]} context="registration" />
      <div className="buttons">
        <button type="submit" className="primary" disabled={register.isPending} data-testid="event-register-submit">
          {participant ? t('form.save') : t('event.register.submit')}
        </button>
        {onDone && participant && (
          <button type="button" className="button" onClick={onDone}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
