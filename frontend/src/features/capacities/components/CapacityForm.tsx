import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CountryRegionFields } from '@/components/form/CountryRegionFields';
import { Field, inputProps } from '@/components/form/Field';
import { FormFooter } from '@/components/form/FormFooter';
import { LocalizedFields } from '@/components/form/LocalizedFields';
import { TechnologyPicker } from '@/components/form/TechnologyPicker';
import { CAPACITY_KINDS, CAPACITY_UNITS } from '../api/capacities';
import type { CapacityForm as Form } from '../hooks/useCapacityForm';

export function CapacityForm({ form }: { form: Form }) {
  const { t } = useTranslation();
  const { draft, set, errors } = form;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit();
  };
  const date = (path: 'availableFrom' | 'availableTo', testId: string) => (
    <Field path={path} label={t(`capacities.${path}`)} errors={errors.at(path)}>
      <input type="date" {...inputProps(path, errors.at(path))} data-testid={testId} value={draft[path]}
        onChange={(event) => set({ [path]: event.target.value })} />
    </Field>
  );
  return (
    <form className="form capacity-form" onSubmit={submit} noValidate data-testid="capacity-form">
      <Field path="kind" label={t('capacities.kind')} errors={errors.at('kind')}>
        <select {...inputProps('kind', errors.at('kind'))} data-testid="capacity-kind" value={draft.kind}
          onChange={(event) => set({ kind: event.target.value as typeof draft.kind })}>
          {CAPACITY_KINDS.map((kind) => (
            <option key={kind} value={kind}>{t(`capacityKind.${kind}`)}</option>
          ))}
        </select>
      </Field>
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
        <Field path="amountPerMonth" label={t('capacities.amountPerMonth')} errors={errors.at('amountPerMonth')}>
          <input type="number" min={0} {...inputProps('amountPerMonth', errors.at('amountPerMonth'))}
            data-testid="capacity-amount" value={draft.amountPerMonth}
            onChange={(event) => set({ amountPerMonth: event.target.value })} />
        </Field>
        <Field path="unit" label={t('capacities.unit')} errors={errors.at('unit')}>
          <select {...inputProps('unit', errors.at('unit'))} data-testid="capacity-unit" value={draft.unit}
            onChange={(event) => set({ unit: event.target.value as typeof draft.unit })}>
            {CAPACITY_UNITS.map((unit) => (
              <option key={unit} value={unit}>{t(`unit.${unit}`)}</option>
            ))}
          </select>
        </Field>
        <Field path="status" label={t('listing.status')} errors={errors.at('status')}>
          <select {...inputProps('status', errors.at('status'))} data-testid="capacity-status" value={draft.status}
            onChange={(event) => set({ status: event.target.value as typeof draft.status })}>
            <option value="OPEN">{t('status.OPEN')}</option>
            <option value="CLOSED">{t('status.CLOSED')}</option>
          </select>
        </Field>
      </div>
      <Field path="terms" label={t('capacities.terms')} errors={errors.at('terms')}>
        <textarea rows={3} maxLength={2000} {...inputProps('terms', errors.at('terms'))} data-testid="capacity-terms"
          value={draft.terms} onChange={(event) => set({ terms: event.target.value })} />
      </Field>
      <FormFooter testId="capacity" errors={errors} conflict={form.conflict} onReload={() => void form.reload()}
        saving={form.saving} saved={form.saved} />
    </form>
  );
}
