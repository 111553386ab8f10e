import { useTranslation } from 'react-i18next';
import { InputField, inputProps } from '@/components/form/Field';
import { FormFooter } from '@/components/form/FormFooter';
import { ListField } from '@/components/form/ListField';
import { ListingStatusField } from '@/components/form/ListingStatusField';
import { LocalizedFields } from '@/components/form/LocalizedFields';
import { TechnologyPicker } from '@/components/form/TechnologyPicker';
import type { NeedForm as Form } from '../hooks/useNeedForm';
import { CertificationChoices } from './CertificationChoices';
import { RegionChoices } from './RegionChoices';

export function NeedForm({ form }: { form: Form }) {
  const { t } = useTranslation();
  const { draft, set, errors } = form;
  return (
    <form className="form need-form" onSubmit={form.onSubmit} noValidate data-testid="need-form">
      <LocalizedFields path="titles" legend={t('listing.titles')} value={draft.titles}
        onChange={(titles) => set({ titles })} errors={errors} testId="need-title" maxLength={200} />
      <LocalizedFields path="descriptions" legend={t('listing.descriptions')} value={draft.descriptions}
        onChange={(descriptions) => set({ descriptions })} errors={errors} testId="need-description" multiline />
      <TechnologyPicker value={draft.technologies} onChange={(technologies) => set({ technologies })}
        errors={errors.at('technologies')} />
      <ListField path="freeTerms" label={t('form.freeTerms')} hint={t('form.onePerLine')} value={draft.freeTerms}
        onChange={(freeTerms) => set({ freeTerms })} errors={errors.at('freeTerms')} testId="need-free-terms" />
      <CertificationChoices value={draft.certifications} onChange={(certifications) => set({ certifications })}
        errors={errors.at('certifications')} />
      <label className="checkbox">
        <input type="checkbox" {...inputProps('certificationsRequired', errors.at('certificationsRequired'))}
          data-testid="need-certifications-required" checked={draft.certificationsRequired}
          onChange={(event) => set({ certificationsRequired: event.target.checked })} />
        {t('needs.certificationsRequired')}
      </label>
      <div className="field-row">
        <InputField path="quantity" label={t('needs.quantity')} errors={errors.at('quantity')} hint={t('needs.quantityHint')}
          type="text" maxLength={200} data-testid="need-quantity" value={draft.quantity}
          onChange={(quantity) => set({ quantity })} />
        <InputField path="deadline" label={t('needs.deadline')} errors={errors.at('deadline')} type="date"
          data-testid="need-deadline" value={draft.deadline} onChange={(deadline) => set({ deadline })} />
        <ListingStatusField errors={errors.at('status')} data-testid="need-status" value={draft.status}
          onChange={(status) => set({ status })} />
      </div>
      <RegionChoices value={draft.preferredRegions} onChange={(preferredRegions) => set({ preferredRegions })}
        errors={errors.at('preferredRegions')} />
      <label className="checkbox">
        <input type="checkbox" {...inputProps('anonymous', errors.at('anonymous'))} data-testid="need-anonymous"
          checked={draft.anonymous} onChange={(event) => set({ anonymous: event.target.checked })} />
        {t('needs.anonymous')}
      </label>
      <small className="hint">{t('needs.anonymousHint')}</small>
      <FormFooter testId="need" errors={errors} conflict={form.conflict} onReload={() => void form.reload()}
        saving={form.saving} saved={form.saved} />
    </form>
  );
}
