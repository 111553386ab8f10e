import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, retryServerErrors } from '@/lib/api-client';
import type { Narrowed, Schema } from '@/lib/api-schema';
import { subjectRef } from '@/lib/recommendations';


export type Verdict = 'INTERESTED' | 'NOT_RELEVANT';

/**
 * One ranked candidate (the API's `MatchService.Recommendation`): a company (for a need or capacity listing) or a need
 * / listing (for a company); `companyId` is the candidate's company (its own id for companies, the owner for needs and
 * listings, null if anonymous); `mutual`: both sides fit each other. The document types `feedback` as a string.
 */
export type Recommendation = Narrowed<Schema<'MatchService.Recommendation'>, { feedback?: Verdict | null }>;

export type Recommendations = Omit<Schema<'MatchService.Recommendations'>, 'items'> & { items: Recommendation[] };

export const RECOMMENDATION_COUNT = 10;

export const recommendationsKey = (ref: string) => ['recommendations', ref] as const;

/** `GET /api/recommendations?for=need:{id}`: the reader's not-relevant items are already left out. */
export function useRecommendations(ref: string, enabled: boolean) {
  return useQuery({
    queryKey: recommendationsKey(ref),
    queryFn: ({ signal }) =>
      getJson<Recommendations>(
        `/api/recommendations?for=${encodeURIComponent(ref)}&size=${RECOMMENDATION_COUNT}`,
        signal,
      ),
    enabled,
    retry: retryServerErrors,
  });
}

export const candidateRef = (item: Pick<Recommendation, 'kind' | 'id'>) => subjectRef(item.kind, item.id);

export interface FeedbackInput {
  item: Recommendation;
  verdict: Verdict | 'NONE';
  /** Where a not-relevant item stood, to put it back there when the verdict is taken back. */
  index?: number;
}

/** The list after a verdict: not relevant leaves it, interested marks it, NONE clears the mark (or puts it back). */
export function applyFeedback(items: Recommendation[], { item, verdict, index }: FeedbackInput): Recommendation[] {
  const ref = candidateRef(item);
  const present = items.some((i) => candidateRef(i) === ref);
  if (verdict === 'NOT_RELEVANT') return items.filter((i) => candidateRef(i) !== ref);
  const feedback = verdict === 'NONE' ? null : verdict;
  if (!present) {
    const at = Math.min(Math.max(index ?? items.length, 0), items.length);
    return [...items.slice(0, at), { ...item, feedback }, ...items.slice(at)];
  }
  return items.map((i) => (candidateRef(i) === ref ? { ...i, feedback } : i));
}

/**
 * `POST /api/recommendations/feedback`, shown at once (optimistically) and rolled back if the server refuses.
 * The list is not fetched again afterwards: a re-ranked list would move items under the user's pointer.
 */
export function useFeedback(ref: string) {
  const queryClient = useQueryClient();
  const key = recommendationsKey(ref);
  return useMutation({
    mutationFn: ({ item, verdict }: FeedbackInput) =>
      postJson<void>('/api/recommendations/feedback', { for: ref, candidate: candidateRef(item), verdict }),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<Recommendations>(key);
      if (before) queryClient.setQueryData<Recommendations>(key, { ...before, items: applyFeedback(before.items, input) });
      return { before };
    },
    onError: (_error, _input, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
  });
}
