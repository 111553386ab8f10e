import { useTranslation } from 'react-i18next';
import { Field, InputField, inputProps, SelectField } from '@/components/form/Field';
import { ConflictNotice } from '@/components/form/ConflictNotice';
import { LocalizedFields } from '@/components/form/LocalizedFields';
import type { EventFormState } from '../hooks/useEventForm';
import { SLOT_LENGTHS, type EventDraft } from '../utils/eventDraft';
import { TIME_ZONES, zoneLabel } from '../utils/time';
import { eventErrorText } from '../utils/errors';
import { EventErrorSummary } from './EventErrors';
import { RangeRows } from './RangeRows';

type NumberField = 'tables' | 'requestExpiryHours' | 'maxOutgoingRequests' | 'defaultMeetingCap';

/** The event's setup: names, venue, zone, slots and tables, session days and breaks, deadlines and limits. */
export function EventForm({ form }: { form: EventFormState }) {
  const { t } = useTranslation();
  const { draft, set, errors } = form;
  const numberInput = (field: NumberField, testId?: string) => (
    <InputField path={field} label={t(`event.form.${field}`)} errors={errors.at(field)} errorText={eventErrorText}
      type="number" min={1} step={1} inputMode="numeric" data-testid={testId ?? `event-form-${field}`}
      value={draft[field]} onChange={(value) => set({ [field]: value } as Partial<EventDraft>)} />
  );
  const deadline = (field: 'registrationDeadline' | 'requestDeadline', testId: string) => (
    <InputField path={field} label={t(`event.form.${field}`)} errors={errors.at(field)} errorText={eventErrorText}
      hint={t('event.form.inZone', { zone: draft.timeZone })} type="datetime-local" data-testid={testId}
      value={draft[field]} onChange={(value) => set({ [field]: value } as Partial<EventDraft>)} />
  );
  const zones: string[] = TIME_ZONES.includes(draft.timeZone as (typeof TIME_ZONES)[number])
    ? [...TIME_ZONES]
    : [draft.timeZone, ...TIME_ZONES];

  return (
    <form className="form event-form" onSubmit={form.onSubmit} noValidate data-testid="event-form">
      <LocalizedFields path="names" legend={t('event.form.names')} value={draft.names}
        onChange={(names) => set({ names })} errors={errors} testId="event-form-name" maxLength={200} />
      <InputField path="venue" label={t('event.form.venue')} errors={errors.at('venue')} errorText={eventErrorText}
        type="text" maxLength={300} data-testid="event-form-venue" value={draft.venue} onChange={(venue) => set({ venue })} />
      <div className="field-row">
        <SelectField path="timeZone" label={t('event.form.timeZone')} errors={errors.at('timeZone')}
          errorText={eventErrorText} hint={t('event.form.timeZoneHint')} data-testid="event-form-timezone"
          value={draft.timeZone} onChange={(timeZone) => set({ timeZone })} options={zones} optionLabel={zoneLabel} />
        <Field path="slotMinutes" label={t('event.form.slotMinutes')} errors={errors.at('slotMinutes')}
          errorText={eventErrorText}>
          <select {...inputProps('slotMinutes', errors.at('slotMinutes'))} data-testid="event-form-slot"
            value={draft.slotMinutes} onChange={(event) => set({ slotMinutes: Number(event.target.value) })}>
            {SLOT_LENGTHS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('event.minutes', { count: minutes })}
              </option>
            ))}
          </select>
        </Field>
        {numberInput('tables')}
      </div>
      <RangeRows path="sessions" legend={t('event.form.sessions')} rows={draft.sessions}
        onChange={(sessions) => set({ sessions })} errors={errors} testId="event-form-session"
        addLabel={t('event.form.addSession')} rowLabel={(i) => t('event.form.sessionRow', { number: i + 1 })} />
      <RangeRows path="breaks" legend={t('event.form.breaks')} rows={draft.breaks}
        onChange={(breaks) => set({ breaks })} errors={errors} testId="event-form-break"
        addLabel={t('event.form.addBreak')} rowLabel={(i) => t('event.form.breakRow', { number: i + 1 })} />
      <div className="field-row">
        {deadline('registrationDeadline', 'event-form-registration-deadline')}
        {deadline('requestDeadline', 'event-form-request-deadline')}
      </div>
      <div className="field-row">
        {numberInput('requestExpiryHours', 'event-form-request-expiry')}
        {numberInput('maxOutgoingRequests', 'event-form-max-outgoing')}
        {numberInput('defaultMeetingCap', 'event-form-meeting-cap')}
      </div>
      <div className="form-footer">
        {form.conflict && <ConflictNotice testId="event-form" onReload={() => void form.reload()} />}
        {errors.count > 0 && (
          <p className="status error" role="alert" data-testid="event-form-invalid">
            {t('form.fixErrors', { count: errors.count })}
          </p>
        )}
        <EventErrorSummary errors={errors.unplaced} testId="form-errors" />
        <button type="submit" className="primary" disabled={form.saving} data-testid="event-form-submit">
          {form.saving ? t('form.saving') : t('form.save')}
        </button>
      </div>
    </form>
  );
}
