/** The page of a company, need or capacity listing; an unknown kind is taken for a company. */
export type RecordKind = 'company' | 'need' | 'capacity';

const BASES: Record<RecordKind, string> = { company: '/companies', need: '/needs', capacity: '/capacities' };

export function recordKind(kind: string | null | undefined): RecordKind {
  const lower = (kind ?? '').toLowerCase();
  return lower in BASES ? (lower as RecordKind) : 'company';
}

export const recordPath = (kind: string | null | undefined, id: string) =>
  `${BASES[recordKind(kind)]}/${encodeURIComponent(id)}`;
