import { useNavigate } from 'react-router-dom';
import { useDraftForm } from '@/lib/forms/useDraftForm';
import { fetchCapacity, useSaveCapacity, type Capacity } from '../api/capacities';
import {
  CAPACITY_SLOTS,
  emptyCapacity,
  toCapacityDraft,
  toCapacityRequest,
  validateCapacity,
} from '../utils/capacityDraft';

export function useCapacityForm(capacity?: Capacity, defaultCountry?: string) {
  const navigate = useNavigate();
  const save = useSaveCapacity(capacity?.id);
  return useDraftForm({
    initial: () => (capacity ? toCapacityDraft(capacity) : emptyCapacity(defaultCountry)),
    validate: (draft) => validateCapacity(draft),
    slots: CAPACITY_SLOTS,
    save: (draft) => save.mutateAsync(toCapacityRequest(draft)),
    reload: capacity ? async () => toCapacityDraft(await fetchCapacity(capacity.id)) : undefined,
    onSaved: (saved) => navigate(`/capacities/${encodeURIComponent(saved.id)}`),
  });
}

export type CapacityForm = ReturnType<typeof useCapacityForm>;
