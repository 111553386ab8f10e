import type { ReactNode } from 'react';

/** What recommendations are asked for: `GET /api/recommendations?for={type}:{id}`. */
export type SubjectType = 'need' | 'company' | 'capacity';

export interface RecommendationSubject {
  type: SubjectType;
  id: string;
  /** The company the subject belongs to (the company itself for `company`); null when hidden (an anonymous need). */
  companyId: string | null;
}

/**
 * A page of one feature (need, capacity listing, company) leaves room for recommendations without knowing the
 * feature that draws them: the app passes a slot in, and the page calls it with its subject once it is loaded.
 */
export type RecommendationSlot = (subject: RecommendationSubject) => ReactNode;

/** `need:{id}`, `company:{id}`, `capacity:{id}`: how the API names a subject or a candidate. */
export const subjectRef = (type: string, id: string) => `${type.toLowerCase()}:${id}`;
