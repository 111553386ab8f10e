import { useMemo } from 'react';
import { useRequests } from '../api/requests';
import type { MeetingRequest } from '../api/types';

export interface RequestState {
  direction: 'in' | 'out';
  request: MeetingRequest;
}

const LIVE = ['PENDING', 'ACCEPTED'];

/** For each other participant, the live request between us (pending or accepted), if any. */
export function useRequestStates(eventId: string, enabled = true): Map<string, RequestState> {
  const incoming = useRequests(eventId, 'in', enabled);
  const outgoing = useRequests(eventId, 'out', enabled);
  return useMemo(() => {
    const states = new Map<string, RequestState>();
    for (const request of outgoing.data ?? []) {
      if (LIVE.includes(request.status)) states.set(request.to.id, { direction: 'out', request });
    }
    for (const request of incoming.data ?? []) {
      if (LIVE.includes(request.status) && !states.has(request.from.id)) states.set(request.from.id, { direction: 'in', request });
    }
    return states;
  }, [incoming.data, outgoing.data]);
}
