import { useTranslation } from 'react-i18next';
import { Field, inputProps } from '@/components/form/Field';
import { FieldErrors } from '@/components/form/FieldErrors';
import type { ProfileForm } from '../hooks/useProfileForm';

const FIELDS = [
  { key: 'contactPerson', path: 'contact.person', type: 'text', label: 'profileForm.contactPerson' },
  { key: 'contactEmail', path: 'contact.email', type: 'email', label: 'profileForm.contactEmail' },
  { key: 'contactPhone', path: 'contact.phone', type: 'tel', label: 'profileForm.contactPhone' },
] as const;

export function ContactSection({ form }: { form: ProfileForm }) {
  const { t } = useTranslation();
  const { draft, set, errors } = form;
  return (
    <section className="form-section">
      <h2>{t('profileForm.contact')}</h2>
      <FieldErrors path="contact" errors={errors.at('contact')} />
      <div className="field-row">
        {FIELDS.map(({ key, path, type, label }) => (
          <Field key={key} path={path} label={t(label)} errors={errors.at(path)}>
            <input type={type} maxLength={200} {...inputProps(path, errors.at(path))}
              data-testid={`profile-${path.replace('.', '-')}`} value={draft[key]}
              onChange={(event) => set({ [key]: event.target.value })} />
          </Field>
        ))}
      </div>
    </section>
  );
}
