import type { RecommendationSubject } from '@/lib/recommendations';
import { recordKind } from '@/lib/paths';
import type { IntroductionRequest } from '../api/introductions';
import type { Recommendation } from '../api/recommendations';

/**
 * The introduction a coordinator makes from a recommendation: company A is the subject's company, company B the
 * candidate's (the candidate itself when it is a company, else its owner); the need goes along when the subject or
 * the candidate is one. Null when either company is unknown (an anonymous need hides its firm).
 */
export function introductionFor(
  subject: RecommendationSubject,
  candidate: Pick<Recommendation, 'kind' | 'id' | 'companyId'>,
  note: string,
): IntroductionRequest | null {
  const kind = recordKind(candidate.kind);
  const companyA = subject.companyId;
  const companyB = kind === 'company' ? candidate.id : candidate.companyId;
  if (!companyA || !companyB || companyA === companyB) return null;
  const needId = subject.type === 'need' ? subject.id : kind === 'need' ? candidate.id : undefined;
  return { companyA, companyB, ...(needId ? { needId } : {}), note: note.trim() };
}

/** Who moved an introduction along: a user's name, else the coordinator when the id is theirs, else as given. */
export function authorName(
  by: string | { id?: string | null; displayName?: string | null } | null | undefined,
  coordinator: { id: string; displayName: string } | null | undefined,
): string | null {
  if (!by) return null;
  if (typeof by === 'string') return coordinator && by === coordinator.id ? coordinator.displayName : by;
  if (by.displayName) return by.displayName;
  return coordinator && by.id === coordinator.id ? coordinator.displayName : (by.id ?? null);
}
