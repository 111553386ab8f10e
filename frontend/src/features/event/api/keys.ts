/** Query keys: everything about one event lives under `['events', id]`, so one invalidation refreshes it all. */
export const eventKeys = {
  all: ['events'] as const,
  list: () => ['events', 'list'] as const,
  one: (id: string) => ['events', id] as const,
  detail: (id: string) => ['events', id, 'detail'] as const,
  participants: (id: string, params: object) => ['events', id, 'participants', params] as const,
  recommendations: (id: string) => ['events', id, 'recommendations'] as const,
  requests: (id: string, box: string) => ['events', id, 'requests', box] as const,
  schedule: (id: string) => ['events', id, 'schedule'] as const,
  agenda: (id: string, participantId?: string) => ['events', id, 'agenda', participantId ?? 'mine'] as const,
  dashboard: (id: string) => ['events', id, 'dashboard'] as const,
  surveys: (id: string) => ['events', id, 'surveys'] as const,
};

export const eventPath = (id: string, rest = '') => `/api/events/${encodeURIComponent(id)}${rest}`;
