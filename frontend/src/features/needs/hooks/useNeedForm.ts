import { useNavigate } from 'react-router-dom';
import { useDraftForm } from '@/lib/forms/useDraftForm';
import { fetchNeed, useSaveNeed, type Need } from '../api/needs';
import { emptyNeed, NEED_SLOTS, toNeedDraft, toNeedRequest, validateNeed } from '../utils/needDraft';

/** Creating (no need given) or editing a need; a saved need opens its page. */
export function useNeedForm(need?: Need) {
  const navigate = useNavigate();
  const save = useSaveNeed(need?.id);
  return useDraftForm({
    initial: () => (need ? toNeedDraft(need) : emptyNeed()),
    validate: validateNeed,
    slots: NEED_SLOTS,
    save: (draft) => save.mutateAsync(toNeedRequest(draft)),
    reload: need ? async () => toNeedDraft(await fetchNeed(need.id)) : undefined,
    onSaved: (saved) => navigate(`/needs/${encodeURIComponent(saved.id)}`),
  });
}

export type NeedForm = ReturnType<typeof useNeedForm>;
