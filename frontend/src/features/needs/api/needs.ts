import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, putJson, retryServerErrors } from '@/lib/api-client';
import type { Localized } from '@/lib/types';

export type NeedStatus = 'OPEN' | 'CLOSED';

/** `GET /api/needs/{id}`; `company` is null when the need is anonymous and the reader is not its firm. */
export interface Need {
  id: string;
  version: number;
  company: { id: string; names: Localized } | null;
  anonymous: boolean;
  titles: Localized;
  descriptions: Localized;
  technologies: string[];
  freeTerms: string[];
  certifications: string[];
  certificationsRequired: boolean;
  /** Free text, e.g. "500 pcs per month". */
  quantity: string | null;
  deadline: string | null;
  /** Region codes (JP-27) or country codes (JP). */
  preferredRegions: string[];
  status: NeedStatus;
  createdAt: string;
  updatedAt: string;
}

export type NeedRequest = Omit<Need, 'id' | 'company' | 'createdAt' | 'updatedAt' | 'version'> & { version?: number };

export const needKey = (id: string) => ['needs', 'one', id] as const;
const needPath = (id: string) => `/api/needs/${encodeURIComponent(id)}`;

export function useNeed(id: string | undefined) {
  return useQuery({
    queryKey: needKey(id ?? ''),
    queryFn: ({ signal }) => getJson<Need>(needPath(id ?? ''), signal),
    enabled: Boolean(id),
    retry: retryServerErrors,
  });
}

export const fetchNeed = (id: string) => getJson<Need>(needPath(id));

/** Creates (no id) or updates a need; the company's lists are refreshed either way. */
export function useSaveNeed(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: NeedRequest) =>
      id ? putJson<Need>(needPath(id), request) : postJson<Need>('/api/needs', request),
    onSuccess: (need) => {
      queryClient.setQueryData(needKey(need.id), need);
      void queryClient.invalidateQueries({ queryKey: ['needs', 'company'] });
    },
  });
}
