import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { FieldError } from '@/lib/api-client';
import { placeErrors, problemsOf } from '@/lib/forms/fieldErrors';
import { companyKey, fetchCompany, useUpdateCompany, type Company } from '../api/company';
import { profileSlots, toDraft, toRequest, validateProfile, type ProfileDraft } from '../utils/profileDraft';

/** The profile form's state and actions: edit, check, save with the read's version, recover from a conflict. */
export function useProfileForm(company: Company) {
  const queryClient = useQueryClient();
  const update = useUpdateCompany(company.id);
  const [draft, setDraft] = useState<ProfileDraft>(() => toDraft(company));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);

  const set = (patch: Partial<ProfileDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
  };

  const save = () => {
    const problems = validateProfile(draft);
    setErrors(problems);
    setSaved(false);
    if (problems.length) return;
    update.mutate(toRequest(draft), {
      onSuccess: (fresh) => {
        setDraft(toDraft(fresh));
        setSaved(true);
      },
      onError: (error) => {
        const problems = problemsOf(error);
        setConflict(problems.conflict);
        setErrors(problems.errors);
      },
    });
  };

  /** After a conflict: the other person's version replaces this form's edits. */
  const reload = async () => {
    const fresh = await fetchCompany(company.id);
    queryClient.setQueryData(companyKey(company.id), fresh);
    setDraft(toDraft(fresh));
    setErrors([]);
    setConflict(false);
  };

  /** The logo and certifications are saved on their own; their new profile version is ours to send next. */
  const adoptVersion = (version: number) => setDraft((current) => ({ ...current, version }));

  const placed = useMemo(() => placeErrors(errors, profileSlots(draft)), [errors, draft]);
  return { draft, set, save, saving: update.isPending, saved, errors: placed, conflict, reload, adoptVersion };
}

export type ProfileForm = ReturnType<typeof useProfileForm>;
