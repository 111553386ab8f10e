import { useTranslation } from 'react-i18next';
import { Field, inputProps } from '@/components/form/Field';
import { FieldErrors } from '@/components/form/FieldErrors';
import { CONTACT_AUDIENCES, type ContactAudience } from '../api/company';
import type { ProfileForm } from '../hooks/useProfileForm';

const FIELDS = [
  { key: 'contactPerson', detail: 'person', type: 'text', label: 'profileForm.contactPerson' },
  { key: 'contactEmail', detail: 'email', type: 'email', label: 'profileForm.contactEmail' },
  { key: 'contactPhone', detail: 'phone', type: 'tel', label: 'profileForm.contactPhone' },
] as const;

/** The contact person, e-mail and phone, each with who may see it (everyone, signed-in users, companies written to). */
export function ContactSection({ form }: { form: ProfileForm }) {
  const { t } = useTranslation();
  const { draft, set, errors } = form;
  return (
    <section className="form-section">
      <h2>{t('profileForm.contact')}</h2>
      <p className="hint">{t('profileForm.contactVisibilityHint')}</p>
      <FieldErrors path="contact" errors={errors.at('contact')} />
      <FieldErrors path="contact.visibility" errors={errors.at('contact.visibility')} />
      {FIELDS.map(({ key, detail, type, label }) => {
        const path = `contact.${detail}`;
        const audiencePath = `contact.visibility.${detail}`;
        return (
          <div className="field-row contact-row" key={key}>
            <Field path={path} label={t(label)} errors={errors.at(path)}>
              <input type={type} maxLength={200} {...inputProps(path, errors.at(path))}
                data-testid={`profile-contact-${detail}`} value={draft[key]}
                onChange={(event) => set({ [key]: event.target.value })} />
            </Field>
            <Field path={audiencePath} label={t('profileForm.contactAudience')} errors={errors.at(audiencePath)}
              className="audience">
              <select {...inputProps(audiencePath, errors.at(audiencePath))}
                data-testid={`profile-contact-visibility-${detail}`} value={draft.contactVisibility[detail]}
                onChange={(event) =>
                  set({ contactVisibility: { ...draft.contactVisibility, [detail]: event.target.value as ContactAudience } })
                }>
                {CONTACT_AUDIENCES.map((audience) => (
                  <option key={audience} value={audience}>{t(`contactAudience.${audience}`)}</option>
                ))}
              </select>
            </Field>
          </div>
        );
      })}
    </section>
  );
}
