import { useTranslation } from 'react-i18next';
import { LanguageBadge } from '@/components/LanguageBadge';
import { LANGUAGES } from '@/lib/i18n';
import type { PlacedErrors } from '@/lib/forms/fieldErrors';
import type { Localized } from '@/lib/types';
import { FieldErrors } from './FieldErrors';
import { inputProps } from './Field';

/** One text in Japanese, Chinese and English: three inputs under one legend, the UI language first. */
export function LocalizedFields({
  path,
  legend,
  value,
  onChange,
  errors,
  testId,
  multiline = false,
  maxLength,
}: {
  path: string;
  legend: string;
  value: Localized;
  onChange: (value: Localized) => void;
  errors: PlacedErrors;
  testId: string;
  multiline?: boolean;
  maxLength?: number;
}) {
  const { t, i18n } = useTranslation();
  const ordered = [...LANGUAGES].sort((a, b) => Number(b === i18n.language) - Number(a === i18n.language));
  return (
    <fieldset className="localized">
      <legend>{legend}</legend>
      <FieldErrors path={path} errors={errors.at(path)} />
      {ordered.map((language) => {
        const languagePath = `${path}.${language}`;
        const fieldErrors = errors.at(languagePath);
        const props = {
          ...inputProps(languagePath, fieldErrors),
          lang: language,
          value: value[language] ?? '',
          maxLength,
          'data-testid': `${testId}-${language}`,
          onChange: (event: { target: { value: string } }) =>
            onChange({ ...value, [language]: event.target.value === '' ? null : event.target.value }),
        };
        return (
          <div key={language} className={`field${fieldErrors.length ? ' has-error' : ''}`}>
            <label htmlFor={props.id}>
              <LanguageBadge language={language} /> {t(`languages.${language}`)}
            </label>
            {multiline ? <textarea rows={4} {...props} /> : <input type="text" {...props} />}
            <FieldErrors path={languagePath} errors={fieldErrors} />
          </div>
        );
      })}
    </fieldset>
  );
}
