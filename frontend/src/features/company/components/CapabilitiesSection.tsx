import { useTranslation } from 'react-i18next';
import { ListField } from '@/components/form/ListField';
import { TechnologyPicker } from '@/components/form/TechnologyPicker';
import type { ProfileForm } from '../hooks/useProfileForm';

export function CapabilitiesSection({ form }: { form: ProfileForm }) {
  const { t } = useTranslation();
  const { draft, set, errors } = form;
  return (
    <section className="form-section">
      <h2>{t('profileForm.capabilities')}</h2>
      <TechnologyPicker value={draft.technologies} onChange={(technologies) => set({ technologies })}
        errors={errors.at('technologies')} />
      <ListField path="freeTerms" label={t('form.freeTerms')} hint={t('form.onePerLine')} value={draft.freeTerms}
        onChange={(freeTerms) => set({ freeTerms })} errors={errors.at('freeTerms')} testId="profile-free-terms" />
      <ListField path="products" label={t('company.products')} hint={t('form.onePerLine')} value={draft.products}
        onChange={(products) => set({ products })} errors={errors.at('products')} testId="profile-products" />
      <ListField path="materials" label={t('company.materials')} hint={t('form.onePerLine')} value={draft.materials}
        onChange={(materials) => set({ materials })} errors={errors.at('materials')} testId="profile-materials" />
    </section>
  );
}
