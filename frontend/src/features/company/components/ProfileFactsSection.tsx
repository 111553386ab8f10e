import { useTranslation } from 'react-i18next';
import { CountryRegionFields } from '@/components/form/CountryRegionFields';
import { Field, inputProps, SelectField } from '@/components/form/Field';
import { IndustryField } from '@/components/form/IndustryField';
import { CURRENCIES } from '@/utils/countries';
import type { ProfileForm } from '../hooks/useProfileForm';

export function ProfileFactsSection({ form }: { form: ProfileForm }) {
  const { t } = useTranslation();
  const { draft, set, errors } = form;
  const currencies = CURRENCIES.includes(draft.capitalCurrency as (typeof CURRENCIES)[number])
    ? CURRENCIES
    : [draft.capitalCurrency, ...CURRENCIES];
  const number = (path: string, key: 'employees' | 'foundedYear' | 'capitalAmount', testId: string) => (
    <input type="number" min={0} step={1} {...inputProps(path, errors.at(path))} data-testid={testId}
      value={draft[key]} onChange={(event) => set({ [key]: event.target.value })} />
  );

  return (
    <section className="form-section">
      <h2>{t('profileForm.facts')}</h2>
      <IndustryField path="industry" errors={errors.at('industry')} data-testid="profile-industry"
        value={draft.industry} onChange={(industry) => set({ industry })} />
      <CountryRegionFields country={draft.country} region={draft.region} errors={errors} testId="profile"
        onChange={({ country, region }) => set({ country, region })} />
      <div className="field-row">
        <Field path="capital.amount" label={t('company.capital')} errors={[...errors.at('capital'), ...errors.at('capital.amount')]}>
          {number('capital.amount', 'capitalAmount', 'profile-capital-amount')}
        </Field>
        <SelectField path="capital.currency" label={t('profileForm.currency')} errors={errors.at('capital.currency')}
          data-testid="profile-capital-currency" value={draft.capitalCurrency}
          onChange={(capitalCurrency) => set({ capitalCurrency })} options={currencies} optionLabel={(currency) => currency} />
      </div>
      <div className="field-row">
        <Field path="employees" label={t('company.employees')} errors={errors.at('employees')}>
          {number('employees', 'employees', 'profile-employees')}
        </Field>
        <Field path="foundedYear" label={t('company.founded')} errors={errors.at('foundedYear')}>
          {number('foundedYear', 'foundedYear', 'profile-founded-year')}
        </Field>
      </div>
      <Field path="website" label={t('company.website')} errors={errors.at('website')} hint={t('profileForm.websiteHint')}>
        <input type="url" {...inputProps('website', errors.at('website'))} data-testid="profile-website"
          value={draft.website} maxLength={500} onChange={(event) => set({ website: event.target.value })} />
      </Field>
    </section>
  );
}
