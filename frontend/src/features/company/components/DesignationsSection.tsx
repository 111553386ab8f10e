import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, inputProps } from '@/components/form/Field';
import type { ProfileForm } from '../hooks/useProfileForm';

const YEARS = [
  { key: 'srdiProvincialYear', path: 'designations.srdiProvincialYear', label: 'designations.srdiProvincialYear' },
  { key: 'littleGiantYear', path: 'designations.littleGiantYear', label: 'designations.littleGiantYear' },
] as const;

/** China's 专精特新 designations: shown for Chinese companies, available to any on request. */
export function DesignationsSection({ form }: { form: ProfileForm }) {
  const { t } = useTranslation();
  const { draft, set, errors } = form;
  const [shown, setShown] = useState(false);
  const relevant =
    draft.country === 'CN' ||
    Boolean(draft.srdiProvincialYear || draft.littleGiantYear) ||
    YEARS.some(({ path }) => errors.at(path).length > 0);
  if (!relevant && !shown) {
    return (
      <section className="form-section">
        <button type="button" className="link" data-testid="designations-show" onClick={() => setShown(true)}>
          {t('designations.add')}
        </button>
      </section>
    );
  }
  return (
    <section className="form-section">
      <h2>{t('designations.title')}</h2>
      <div className="field-row">
        {YEARS.map(({ key, path, label }) => (
          <Field key={key} path={path} label={t(label)} errors={errors.at(path)} hint={t('designations.yearHint')}>
            <input type="number" min={1990} step={1} {...inputProps(path, errors.at(path))}
              data-testid={`profile-${key}`} value={draft[key]} onChange={(event) => set({ [key]: event.target.value })} />
          </Field>
        ))}
      </div>
    </section>
  );
}
