import { useEffect, useEffectEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../hooks/useDebouncedValue';

interface Draft {
  from: string;
  to: string;
  /** Typed by the user since the URL last changed (only then is it applied). */
  dirty: boolean;
}

/**
 * The capacity window (`availableFrom` / `availableTo`: listings whose availability overlaps it). Applied a moment
 * after the user stops changing it, so typing a date digit by digit does not fire a search per digit.
 */
export function WindowFilter({
  from,
  to,
  onChange,
}: {
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<Draft>({ from: from ?? '', to: to ?? '', dirty: false });
  // a new window from the URL replaces the draft, adjusted while rendering rather than in an effect
  const [seen, setSeen] = useState({ from, to });
  if (seen.from !== from || seen.to !== to) {
    setSeen({ from, to });
    setDraft({ from: from ?? '', to: to ?? '', dirty: false });
  }
  const settled = useDebouncedValue(draft, 400);
  const reversed = Boolean(draft.from && draft.to && draft.from > draft.to);

  // only a settled edit by the user applies (not the reset after the URL changed); hence `settled` alone as dependency,
  // the current window and onChange are read as an effect event
  const apply = useEffectEvent((edit: Draft) => {
    if (!edit.dirty) return;
    if (edit.from && edit.to && edit.from > edit.to) return;
    if ((edit.from || null) === from && (edit.to || null) === to) return;
    onChange(edit.from || null, edit.to || null);
  });
  useEffect(() => apply(settled), [settled]);

  /** One end of the window: a date, which the other end bounds. */
  const dateInput = (end: 'from' | 'to', label: string, bounds: { min?: string; max?: string }) => (
    <>
      <label htmlFor={`${id}-${end}`}>{label}</label>
      <input
        id={`${id}-${end}`}
        type="date"
        data-testid={`filter-available-${end}`}
        value={draft[end]}
        {...bounds}
        aria-invalid={reversed || undefined}
        onChange={(event) => setDraft({ ...draft, [end]: event.target.value, dirty: true })}
      />
    </>
  );

  return (
    <fieldset className="facet window" data-testid="facet-window">
      <legend>{t('facets.window')}</legend>
      {dateInput('from', t('facets.availableFrom'), { max: draft.to || undefined })}
      {dateInput('to', t('facets.availableTo'), { min: draft.from || undefined })}
      {reversed && (
        <p className="field-errors" role="alert" data-testid="window-error">
          {t('facets.windowOrder')}
        </p>
      )}
    </fieldset>
  );
}
