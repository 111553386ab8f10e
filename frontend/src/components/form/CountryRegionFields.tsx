import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlacedErrors } from '@/lib/forms/fieldErrors';
import { COUNTRIES_WITH_REGIONS, findRegion, labelOf, useRegions } from '@/lib/reference';
import { COUNTRY_CODES } from '@/utils/countries';
import { countryName } from '@/utils/countryName';
import { Field, inputProps } from './Field';

/** Country, then region: chosen from the server's list for Japan and China, typed for other countries. */
export function CountryRegionFields({
  country,
  region,
  onChange,
  errors,
  testId,
  countryPath = 'country',
  regionPath = 'region',
}: {
  country: string;
  region: string | null;
  onChange: (change: { country: string; region: string | null }) => void;
  errors: PlacedErrors;
  testId: string;
  countryPath?: string;
  regionPath?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const hasList = COUNTRIES_WITH_REGIONS.includes(country);
  const { data: regions, isError } = useRegions(country);
  const useList = hasList && !isError;
  const selected = findRegion(regions ?? [], region);
  // a region stored by its name ("大阪府") becomes its code (JP-27), which is what the API accepts for JP and CN
  const normalized = useList && selected && selected.code !== region ? selected.code : null;
  // only when the code to use changes (onChange is a new function on every render, so it is read as an effect event)
  const applyCode = useEffectEvent((code: string) => onChange({ country, region: code }));
  useEffect(() => {
    if (normalized) applyCode(normalized);
  }, [normalized]);
  const countries = COUNTRY_CODES.includes(country as (typeof COUNTRY_CODES)[number]) || !country
    ? COUNTRY_CODES
    : [country, ...COUNTRY_CODES];

  return (
    <div className="field-row">
      <Field path={countryPath} label={t('form.country')} errors={errors.at(countryPath)}>
        <select
          {...inputProps(countryPath, errors.at(countryPath))}
          data-testid={`${testId}-country`}
          value={country}
          onChange={(event) => onChange({ country: event.target.value, region: null })}
        >
          <option value="">{t('form.choose')}</option>
          {countries.map((code) => (
            <option key={code} value={code}>
              {countryName(code, language)}
            </option>
          ))}
        </select>
      </Field>
      <Field path={regionPath} label={t('form.region')} errors={errors.at(regionPath)}>
        {useList ? (
          <select
            {...inputProps(regionPath, errors.at(regionPath))}
            data-testid={`${testId}-region`}
            value={selected?.code ?? region ?? ''}
            onChange={(event) => onChange({ country, region: event.target.value || null })}
          >
            <option value="">{t('form.choose')}</option>
            {region && !selected && <option value={region}>{region}</option>}
            {(regions ?? []).map((r) => (
              <option key={r.code} value={r.code}>
                {labelOf(r.labels, language) ?? r.code}
              </option>
            ))}
          </select>
        ) : (
          <input
            type="text"
            {...inputProps(regionPath, errors.at(regionPath))}
            data-testid={`${testId}-region`}
            value={region ?? ''}
            maxLength={200}
            onChange={(event) => onChange({ country, region: event.target.value || null })}
          />
        )}
      </Field>
    </div>
  );
}
