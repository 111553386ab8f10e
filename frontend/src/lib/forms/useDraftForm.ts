import { useMemo, useState, type FormEvent } from 'react';
import type { FieldError } from '../api-client';
import { placeErrors, problemsOf } from './fieldErrors';

/**
 * A form over a draft: client checks first, then the save; field errors from either, a 409 as a conflict that
 * `reload` resolves by taking the server's version.
 */
export function useDraftForm<D, T>({
  initial,
  validate,
  slots,
  save,
  reload,
  onSaved,
}: {
  initial: () => D;
  validate: (draft: D) => FieldError[];
  slots: readonly string[];
  save: (draft: D) => Promise<T>;
  reload?: () => Promise<D>;
  onSaved?: (saved: T) => void;
}) {
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  const set = (patch: Partial<D>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
  };

  const submit = async () => {
    const problems = validate(draft);
    setErrors(problems);
    setSaved(false);
    if (problems.length) return;
    setSaving(true);
    try {
      const result = await save(draft);
      setConflict(false);
      setSaved(true);
      onSaved?.(result);
    } catch (error) {
      const outcome = problemsOf(error);
      setConflict(outcome.conflict);
      setErrors(outcome.errors);
    } finally {
      setSaving(false);
    }
  };

  /** The `<form>`'s onSubmit: the page stays, the draft is checked and saved. */
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  const reloadDraft = async () => {
    if (!reload) return;
    setDraft(await reload());
    setErrors([]);
    setConflict(false);
  };

  const placed = useMemo(() => placeErrors(errors, slots), [errors, slots]);
  return { draft, set, setDraft, submit, onSubmit, saving, saved, conflict, reload: reloadDraft, errors: placed };
}
