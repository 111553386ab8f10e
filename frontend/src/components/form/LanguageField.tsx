import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@/lib/i18n';
import { SelectField, type FieldFrame } from './Field';
import type { SelectProps } from './Select';

/** A choice of language, each named in itself (日本語 / 中文 / English) as in the header's switcher. */
export function LanguageField(
  props: FieldFrame & Omit<SelectProps<Language | ''>, 'className' | 'options' | 'optionLabel' | 'optionLang'>,
) {
  const { i18n } = useTranslation();
  return (
    <SelectField
      {...props}
      options={LANGUAGES}
      optionLabel={(language) => i18n.getFixedT(language)('app.languageName')}
      optionLang={(language) => language}
    />
  );
}
