import { useTranslation } from 'react-i18next';
import { FieldErrors } from '@/components/form/FieldErrors';
import { labelOf, useCertificationStandards } from '@/lib/reference';
import type { ChoicesProps } from './choices';

/** The certification standards a need asks for, as checkboxes. */
export function CertificationChoices({ value, onChange, errors }: ChoicesProps) {
  const { t, i18n } = useTranslation();
  const { data: standards } = useCertificationStandards();
  const toggle = (code: string) => onChange(value.includes(code) ? value.filter((c) => c !== code) : [...value, code]);
  return (
    <fieldset className="checkboxes">
      <legend>{t('needs.certifications')}</legend>
      {(standards ?? []).map((standard) => (
        <label key={standard.code}>
          <input type="checkbox" checked={value.includes(standard.code)} onChange={() => toggle(standard.code)}
            data-testid="need-certification" value={standard.code} />
          {labelOf(standard.labels, i18n.language) ?? standard.code}
        </label>
      ))}
      <FieldErrors path="certifications" errors={errors} />
    </fieldset>
  );
}
