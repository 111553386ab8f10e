import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/lib/api-client';
import { fieldId } from '@/lib/forms/fieldErrors';
import { filterTaxonomy, labelOf, termLabel, useTaxonomy, type TaxonomyGroup, type TaxonomyTerm } from '@/lib/reference';
import { FieldErrors } from './FieldErrors';

const MAX_SHOWN = 60;

/** The groups in order with their terms, cut off once `max` terms are shown in all. */
function capTerms(groups: TaxonomyGroup[], max: number): { group: TaxonomyGroup; terms: TaxonomyTerm[] }[] {
  const capped: { group: TaxonomyGroup; terms: TaxonomyTerm[] }[] = [];
  let shown = 0;
  for (const group of groups) {
    if (shown >= max) break;
    const terms = group.terms.slice(0, max - shown);
    shown += terms.length;
    capped.push({ group, terms });
  }
  return capped;
}

/** Technologies from the taxonomy: type to filter (in any language), click to add, × to remove. */
export function TechnologyPicker({
  path = 'technologies',
  value,
  onChange,
  errors,
}: {
  path?: string;
  value: string[];
  onChange: (value: string[]) => void;
  errors: FieldError[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { data: taxonomy, isError } = useTaxonomy();
  const [filter, setFilter] = useState('');
  const groups = filterTaxonomy(taxonomy, filter);

  const toggle = (code: string) =>
    onChange(value.includes(code) ? value.filter((c) => c !== code) : [...value, code]);

  return (
    <div className={`field technology-picker${errors.length ? ' has-error' : ''}`}>
      <label htmlFor={fieldId(path)}>{t('form.technologies')}</label>
      <ul className="chips selected" aria-label={t('form.selectedTechnologies')}>
        {value.length === 0 && <li className="empty">{t('form.noTechnologies')}</li>}
        {value.map((code) => (
          <li key={code} data-testid="technology-selected">
            {termLabel(taxonomy, code, language)}
            <button type="button" aria-label={t('form.remove')} onClick={() => toggle(code)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={fieldId(path)}
        type="search"
        data-testid="technology-filter"
        placeholder={t('form.technologyFilter')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      {isError && <p className="status error">{t('form.taxonomyError')}</p>}
      <div className="taxonomy" role="group" aria-label={t('form.technologies')}>
        {capTerms(groups, MAX_SHOWN).map(({ group, terms }) => (
          <div key={group.code} className="taxonomy-group">
            <h4>{labelOf(group.labels, language) ?? group.code}</h4>
            {terms.map((term) => (
              <button
                key={term.code}
                type="button"
                className="option"
                data-testid="technology-option"
                data-code={term.code}
                aria-pressed={value.includes(term.code)}
                onClick={() => toggle(term.code)}
              >
                {labelOf(term.labels, language) ?? term.code}
              </button>
            ))}
          </div>
        ))}
        {taxonomy && groups.length === 0 && <p className="status">{t('form.noTechnologyMatch')}</p>}
      </div>
      <FieldErrors path={path} errors={errors} />
    </div>
  );
}
