import { useTranslation } from 'react-i18next';
import { useIndustries } from '@/lib/industries';
import { labelOf } from '@/lib/reference';
import { SelectField, type FieldFrame } from './Field';
import type { SelectProps } from './Select';

/** An industry of the classification, in the UI language; a code it does not know (any more) stays choosable. */
export function IndustryField(
  props: Omit<FieldFrame, 'label'> &
    Omit<SelectProps<string>, 'className' | 'options' | 'optionLabel' | 'empty'>,
) {
  const { t, i18n } = useTranslation();
  const { data: industries } = useIndustries();
  const labels = new Map((industries ?? []).map((industry) => [industry.code, labelOf(industry.labels, i18n.language)]));
  const options = (industries ?? []).map((industry) => industry.code);
  return (
    <SelectField
      {...props}
      label={t('form.industry')}
      empty={t('form.choose')}
      options={props.value && !labels.has(props.value) ? [props.value, ...options] : options}
      optionLabel={(code) => labels.get(code) ?? code}
    />
  );
}
