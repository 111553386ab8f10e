import { useTranslation } from 'react-i18next';
import { CountryRegionFields } from '@/components/form/CountryRegionFields';
import { InputField, SelectField, TextAreaField } from '@/components/form/Field';
import { FormFooter } from '@/components/form/FormFooter';
import { ListingStatusField } from '@/components/form/ListingStatusField';
import { LocalizedFields } from '@/components/form/LocalizedFields';
import { TechnologyPicker } from '@/components/form/TechnologyPicker';
import { CAPACITY_KINDS, CAPACITY_UNITS } from '../api/capacities';
import type { CapacityForm as Form } from '../hooks/useCapacityForm';

export function CapacityForm({ form }: { form: Form }) {
  const { t } = useTranslation();
  const { draft, set, errors } = form;
  const date = (path: 'availableFrom' | 'availableTo', testId: string) => (
    <InputField path={path} label={t(`capacities.${path}`)} errors={errors.at(path)} type="date" data-testid={testId}
      value={draft[path]} onChange={(value) => set({ [path]: value })} />
  );
  return (
    <form className="form capacity-form" onSubmit={form.onSubmit} noValidate data-testid="capacity-form">
      <SelectField path="kind" label={t('capacities.kind')} errors={errors.at('kind')} data-testid="capacity-kind"
        value={draft.kind} onChange={(kind) => set({ kind })} options={CAPACITY_KINDS}
        optionLabel={(kind) => t(`capacityKind.${kind}`)} />
      <LocalizedFields path="titles" legend={t('listing.titles')} value={draft.titles}
        onChange={(titles) => set({ titles })} errors={errors} testId="capacity-title" maxLength={200} />
      <LocalizedFields path="specifications" legend={t('capacities.specifications')} value={draft.specifications}
        onChange={(specifications) => set({ specifications })} errors={errors} testId="capacity-specification" multiline />
      <TechnologyPicker value={draft.technologies} onChange={(technologies) => set({ technologies })}
        errors={errors.at('technologies')} />
      <CountryRegionFields country={draft.country} region={draft.region} errors={errors} testId="capacity"
        onChange={({ country, region }) => set({ country, region })} />
      <div className="field-row">
        {date('availableFrom', 'capacity-available-from')}
        {date('availableTo', 'capacity-available-to')}
      </div>
      <div className="field-row">
        <InputField path="amountPerMonth" label={t('capacities.amountPerMonth')} errors={errors.at('amountPerMonth')}
          type="number" min={0} data-testid="capacity-amount" value={draft.amountPerMonth}
          onChange={(amountPerMonth) => set({ amountPerMonth })} />
        <SelectField path="unit" label={t('capacities.unit')} errors={errors.at('unit')} data-testid="capacity-unit"
          value={draft.unit} onChange={(unit) => set({ unit })} options={CAPACITY_UNITS}
          optionLabel={(unit) => t(`unit.${unit}`)} />
        <ListingStatusField errors={errors.at('status')} data-testid="capacity-status" value={draft.status}
          onChange={(status) => set({ status })} />
      </div>
      <TextAreaField path="terms" label={t('capacities.terms')} errors={errors.at('terms')} rows={3} maxLength={2000}
        data-testid="capacity-terms" value={draft.terms} onChange={(terms) => set({ terms })} />
      <FormFooter testId="capacity" errors={errors} conflict={form.conflict} onReload={() => void form.reload()}
        saving={form.saving} saved={form.saved} />
    </form>
  );
}
