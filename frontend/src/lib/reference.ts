import { useQuery } from '@tanstack/react-query';
import { getJson } from './api-client';
import type { Localized } from './types';

/** Reference data from the API: codes with ja/zh/en labels. None of it changes while the app runs. */
export interface Labelled {
  code: string;
  labels: Localized;
}

/** A technology: its code, labels and other common names (searched by the filter too). */
export interface TaxonomyTerm extends Labelled {
  aliases?: string[];
}

export interface TaxonomyGroup extends Labelled {
  terms: TaxonomyTerm[];
}

export interface Taxonomy {
  groups: TaxonomyGroup[];
}

/** A label in the UI language, else English, Japanese, Chinese; null if there is none. */
export function labelOf(labels: Partial<Localized> | null | undefined, language: string): string | null {
  if (!labels) return null;
  const byLanguage = labels as Record<string, string | null | undefined>;
  return byLanguage[language] || labels.en || labels.ja || labels.zh || null;
}

/** The label of a technology code in the UI language; a code the taxonomy does not know is shown as it is. */
export function termLabel(taxonomy: Taxonomy | undefined, code: string, language: string): string {
  for (const group of taxonomy?.groups ?? []) {
    const term = group.terms.find((t) => t.code === code);
    if (term) return labelOf(term.labels, language) ?? code;
  }
  return code;
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase().trim();

/** The groups with the terms whose code, label in any language or alias contains the filter (all when empty). */
export function filterTaxonomy(taxonomy: Taxonomy | undefined, filter: string): TaxonomyGroup[] {
  const wanted = fold(filter);
  const groups = taxonomy?.groups ?? [];
  if (!wanted) return groups;
  return groups
    .map((group) => ({
      ...group,
      terms: group.terms.filter((term) =>
        [term.code, term.labels?.ja, term.labels?.zh, term.labels?.en, ...(term.aliases ?? [])].some(
          (text) => text && fold(text).includes(wanted),
        ),
      ),
    }))
    .filter((group) => group.terms.length > 0);
}

/** Regions may come as `[{code, labels}]` or as plain names; both become `{code, labels}`. */
export function normalizeRegions(data: unknown): Labelled[] {
  if (!Array.isArray(data)) return [];
  return data.map((item) =>
    typeof item === 'string'
      ? { code: item, labels: { ja: item, zh: item, en: item } }
      : { code: String((item as Labelled).code), labels: (item as Labelled).labels ?? { ja: null, zh: null, en: null } },
  );
}

/** The region list's entry for a stored region, whether the profile holds its code or one of its labels. */
export function findRegion(regions: Labelled[], value: string | null | undefined): Labelled | undefined {
  if (!value) return undefined;
  return regions.find(
    (region) => region.code === value || [region.labels.ja, region.labels.zh, region.labels.en].includes(value),
  );
}

/** The countries with a region list on the server. */
export const COUNTRIES_WITH_REGIONS = ['JP', 'CN'];

export function useTaxonomy() {
  return useQuery({
    queryKey: ['taxonomy'],
    queryFn: ({ signal }) => getJson<Taxonomy>('/api/taxonomy', signal),
    staleTime: Infinity,
  });
}

export function useRegions(country: string | null | undefined) {
  const enabled = Boolean(country && COUNTRIES_WITH_REGIONS.includes(country));
  return useQuery({
    queryKey: ['regions', country],
    queryFn: async ({ signal }) =>
      normalizeRegions(await getJson<unknown>(`/api/regions?country=${encodeURIComponent(country ?? '')}`, signal)),
    enabled,
    staleTime: Infinity,
  });
}

export function useCertificationStandards() {
  return useQuery({
    queryKey: ['certification-standards'],
    queryFn: ({ signal }) => getJson<Labelled[]>('/api/certification-standards', signal),
    staleTime: Infinity,
  });
}

/** A region shown in the UI language when the region list knows it, else as stored. */
export function useRegionLabel(country: string | null | undefined, region: string | null | undefined, language: string) {
  const { data } = useRegions(country);
  if (!region) return null;
  const known = findRegion(data ?? [], region);
  return known ? (labelOf(known.labels, language) ?? region) : region;
}
