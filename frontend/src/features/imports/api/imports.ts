import { useMutation, useQuery } from '@tanstack/react-query';
import type { ImportProblem } from '@/components/ImportProblems';
import { getJson, upload } from '@/lib/api-client';
import type { Narrowed, Schema } from '@/lib/api-schema';

export type { ImportProblem };

/** `GET /api/imports/{id}`. The document declares `status` as a string. */
export type ImportJob = Narrowed<Schema<'ImportJob'>, { status: 'RUNNING' | 'DONE' | 'FAILED' }>;

export const POLL_MS = 500;

export function useStartImport() {
  return useMutation({ mutationFn: (file: File) => upload<ImportJob>('/api/imports', file) });
}

/** The job, polled every 500 ms while it runs. */
export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: ['imports', id],
    queryFn: ({ signal }) => getJson<ImportJob>(`/api/imports/${encodeURIComponent(id ?? '')}`, signal),
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'RUNNING' ? false : POLL_MS),
  });
}

/** Progress in percent; 0 while the total is not known yet. */
export function progressPercent(job: Pick<ImportJob, 'processed' | 'total' | 'status'>): number {
  if (job.status === 'DONE') return 100;
  if (!job.total) return 0; // 0 until the file is counted
  return Math.min(100, Math.round((job.processed / job.total) * 100));
}
