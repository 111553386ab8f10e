import { useTranslation } from 'react-i18next';
import { FieldErrors } from '@/components/form/FieldErrors';
import { inputProps } from '@/components/form/Field';
import { COUNTRIES_WITH_REGIONS, labelOf, useRegions } from '@/lib/reference';
import { countryName } from '@/utils/countryName';
import { useRegionName } from '../hooks/useRegionName';
import type { ChoicesProps } from './choices';

function CountryOptions({ country }: { country: string }) {
  const { t, i18n } = useTranslation();
  const { data: regions } = useRegions(country);
  const name = countryName(country, i18n.language) ?? country;
  return (
    <optgroup label={name}>
      <option value={country}>{t('needs.wholeCountry', { country: name })}</option>
      {(regions ?? []).map((region) => (
        <option key={region.code} value={region.code}>
          {labelOf(region.labels, i18n.language) ?? region.code}
        </option>
      ))}
    </optgroup>
  );
}

/** Preferred regions as codes: prefectures / provinces of Japan and China, or a whole country. */
export function RegionChoices({ value, onChange, errors }: ChoicesProps) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  return (
    <div className={`field${errors.length ? ' has-error' : ''}`}>
      <label htmlFor={inputProps('preferredRegions', []).id}>{t('needs.preferredRegions')}</label>
      <ul className="chips selected">
        {value.length === 0 && <li className="empty">{t('needs.noRegions')}</li>}
        {value.map((code) => (
          <li key={code} data-testid="need-region-selected">
            {regionName(code)}
            <button type="button" aria-label={t('form.remove')} onClick={() => onChange(value.filter((c) => c !== code))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <select
        {...inputProps('preferredRegions', errors)}
        data-testid="need-region-add"
        value=""
        onChange={(event) => event.target.value && !value.includes(event.target.value) && onChange([...value, event.target.value])}
      >
        <option value="">{t('needs.addRegion')}</option>
        {COUNTRIES_WITH_REGIONS.map((country) => (
          <CountryOptions key={country} country={country} />
        ))}
      </select>
      <FieldErrors path="preferredRegions" errors={errors} />
    </div>
  );
}
