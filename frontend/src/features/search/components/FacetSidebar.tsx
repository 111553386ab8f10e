import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/utils/format';
import type { FacetValue, Facets } from '../api/search';
import type { FacetLabel } from '../hooks/useFacetLabel';
import {
  HIT_KINDS,
  LIST_FILTERS,
  toggleValue,
  withKind,
  withVerified,
  withWindow,
  type HitKind,
  type ListFilter,
  type SearchState,
} from '../utils/searchParams';
import { WindowFilter } from './WindowFilter';

/** Values beyond this many are behind "show all" (selected ones are always shown). */
const SHOWN = 8;

interface Props {
  facets: Facets | null | undefined;
  state: SearchState;
  onChange: (next: SearchState) => void;
  label: FacetLabel;
}

/**
 * The filters: kind (one at a time: the API takes a single kind), the capacity window when looking for capacity,
 * then the repeatable filters as checkboxes with the API's counts, then "verified only".
 */
export function FacetSidebar({ facets, state, onChange, label }: Props) {
  const { t } = useTranslation();
  return (
    <aside className="facets" aria-label={t('facets.title')} data-testid="facets">
      <h2 className="facets-title">{t('facets.title')}</h2>
      <KindFacet values={facets?.kind} kind={state.kind} onChange={(kind) => onChange(withKind(state, kind))} />
      {state.kind === 'capacity' && (
        <WindowFilter
          from={state.availableFrom}
          to={state.availableTo}
          onChange={(from, to) => onChange(withWindow(state, from, to))}
        />
      )}
      {LIST_FILTERS.map((filter) => (
        <CheckboxFacet
          key={filter}
          name={filter}
          values={facets?.[filter]}
          selected={state.filters[filter]}
          label={label}
          onToggle={(value) => onChange(toggleValue(state, filter, value))}
        />
      ))}
      <VerifiedFacet values={facets?.verified} checked={state.verified} onChange={(v) => onChange(withVerified(state, v))} />
    </aside>
  );
}

function Count({ count }: { count: number | undefined }) {
  const { i18n } = useTranslation();
  if (count === undefined) return null;
  return <span className="facet-count">{formatNumber(count, i18n.language)}</span>;
}

const countOf = (values: FacetValue[] | null | undefined, value: string) =>
  values?.find((v) => String(v.value).toLowerCase() === value.toLowerCase())?.count;

function KindFacet({
  values,
  kind,
  onChange,
}: {
  values: FacetValue[] | null | undefined;
  kind: HitKind | null;
  onChange: (kind: HitKind | null) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  const total = values ? values.reduce((sum, v) => sum + v.count, 0) : undefined;
  const options: Array<{ value: HitKind | null; text: string; count: number | undefined }> = [
    { value: null, text: t('search.allKinds'), count: total },
    ...HIT_KINDS.map((k) => ({ value: k, text: t(`kinds.${k}Plural`), count: values ? (countOf(values, k) ?? 0) : undefined })),
  ];
  return (
    <fieldset className="facet" data-testid="search-kind">
      <legend>{t('facets.kind')}</legend>
      <ul>
        {options.map((option) => (
          <li key={option.value ?? 'all'}>
            <label>
              <input
                type="radio"
                name={name}
                checked={kind === option.value}
                data-testid={`facet-kind-${option.value ?? 'all'}`}
                onChange={() => onChange(option.value)}
              />
              <span className="facet-label">{option.text}</span>
              <Count count={option.count} />
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function CheckboxFacet({
  name,
  values,
  selected,
  label,
  onToggle,
}: {
  name: ListFilter;
  values: FacetValue[] | null | undefined;
  selected: string[];
  label: FacetLabel;
  onToggle: (value: string) => void;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const fromApi = (values ?? []).map((v) => ({ value: String(v.value), count: v.count as number | undefined }));
  // a selected value the current results no longer count stays visible, so it can be unticked
  const missing = selected.filter((s) => !fromApi.some((v) => v.value === s)).map((value) => ({ value, count: 0 }));
  const all = [...fromApi, ...missing];
  if (all.length === 0) return null;
  const shown = expanded ? all : all.filter((v, index) => index < SHOWN || selected.includes(v.value));
  return (
    <fieldset className="facet" data-testid={`facet-${name}`}>
      <legend>{t(`facets.${name}`)}</legend>
      <ul>
        {shown.map(({ value, count }) => (
          <li key={value}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(value)}
                data-testid={`facet-${name}-${value}`}
                onChange={() => onToggle(value)}
              />
              <span className="facet-label">{label(name, value)}</span>
              <Count count={count} />
            </label>
          </li>
        ))}
      </ul>
      {all.length > SHOWN && (
        <button type="button" className="link" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('facets.showLess') : t('facets.showMore', { count: all.length })}
        </button>
      )}
    </fieldset>
  );
}

function VerifiedFacet({
  values,
  checked,
  onChange,
}: {
  values: FacetValue[] | null | undefined;
  checked: boolean;
  onChange: (verified: boolean) => void;
}) {
  const { t } = useTranslation();
  const count = countOf(values, 'true');
  if (count === undefined && !checked) return null;
  return (
    <fieldset className="facet" data-testid="facet-verified">
      <legend>{t('facets.verified')}</legend>
      <label>
        <input
          type="checkbox"
          checked={checked}
          data-testid="facet-verified-true"
          onChange={(event) => onChange(event.target.checked)}
        />
        <span className="facet-label">{t('facets.verifiedOnly')}</span>
        <Count count={count ?? 0} />
      </label>
    </fieldset>
  );
}
