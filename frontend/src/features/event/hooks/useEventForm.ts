import { useNavigate } from 'react-router-dom';
import { ApiError } from '@/lib/api-client';
import { clientError } from '@/lib/forms/fieldErrors';
import { useDraftForm } from '@/lib/forms/useDraftForm';
import { fetchEvent, useSaveEvent } from '../api/events';
import type { EventDetail } from '../api/types';
import { emptyEvent, EVENT_SLOTS, toEventDraft, toEventRequest, validateEvent } from '../utils/eventDraft';

const isStale = (error: ApiError) => error.errors.some((e) => e.code === 'stale' || e.field === 'version');

/** Creating (no event given) or editing an event; a saved event opens its page. */
export function useEventForm(event?: EventDetail) {
  const navigate = useNavigate();
  const save = useSaveEvent(event?.id);
  return useDraftForm({
    initial: () => (event ? toEventDraft(event) : emptyEvent()),
    validate: validateEvent,
    slots: EVENT_SLOTS,
    save: async (draft) => {
      try {
        return await save.mutateAsync(toEventRequest(draft));
      } catch (error) {
        // a 409 that is not about the version: the slot structure cannot change while meetings are scheduled
        if (error instanceof ApiError && error.status === 409 && !isStale(error)) {
          throw new ApiError(409, error.code, error.message, error.errors.length ? error.errors : [clientError('', 'scheduled', error.message)]);
        }
        throw error;
      }
    },
    reload: event ? async () => toEventDraft(await fetchEvent(event.id)) : undefined,
    onSaved: (saved) => navigate(`/events/${encodeURIComponent(saved.id)}`),
  });
}

export type EventFormState = ReturnType<typeof useEventForm>;
