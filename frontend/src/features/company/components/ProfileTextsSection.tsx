import { useTranslation } from 'react-i18next';
import { LocalizedFields } from '@/components/form/LocalizedFields';
import type { ProfileForm } from '../hooks/useProfileForm';

export function ProfileTextsSection({ form }: { form: ProfileForm }) {
  const { t } = useTranslation();
  const { draft, set, errors } = form;
  return (
    <section className="form-section">
      <h2>{t('profileForm.texts')}</h2>
      <LocalizedFields path="names" legend={t('profileForm.names')} value={draft.names}
        onChange={(names) => set({ names })} errors={errors} testId="profile-name" maxLength={200} />
      <LocalizedFields path="headlines" legend={t('profileForm.headlines')} value={draft.headlines}
        onChange={(headlines) => set({ headlines })} errors={errors} testId="profile-headline" maxLength={200} />
      <LocalizedFields path="descriptions" legend={t('profileForm.descriptions')} value={draft.descriptions}
        onChange={(descriptions) => set({ descriptions })} errors={errors} testId="profile-description" multiline />
    </section>
  );
}
