import { useQuery } from '@tanstack/react-query';
import { getJson } from '@/lib/api-client';

/** A mail the run command's embedded SMTP server received (`GET /api/dev/mail`, only in the run command). */
export interface DevMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  receivedAt: string;
}

export function useDevMail() {
  return useQuery({
    queryKey: ['dev-mail'],
    queryFn: ({ signal }) => getJson<DevMail[]>('/api/dev/mail', signal),
    retry: false,
    refetchInterval: 3_000,
  });
}
