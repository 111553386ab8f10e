import { useEffect, useId, useState } from 'react';
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
  useEffect(() => setDraft({ from: from ?? '', to: to ?? '', dirty: false }), [from, to]);
  const settled = useDebouncedValue(draft, 400);
  const reversed = Boolean(draft.from && draft.to && draft.from > draft.to);

  // only a settled edit by the user applies (not the reset after the URL changed); hence `settled` alone as dependency
  useEffect(() => {
    if (!settled.dirty) return;
    if (settled.from && settled.to && settled.from > settled.to) return;
    if ((settled.from || null) === from && (settled.to || null) === to) return;
    onChange(settled.from || null, settled.to || null);
  }, [settled]);

  return (
    <fieldset className="facet window" data-testid="facet-window">
      <legend>{t('facets.window')}</legend>
      <label htmlFor={`${id}-from`}>{t('facets.availableFrom')}</label>
      <input
        id={`${id}-from`}
        type="date"
        data-testid="filter-available-from"
        value={draft.from}
        max={draft.to || undefined}
        aria-invalid={reversed || undefined}
        onChange={(event) => setDraft({ ...draft, from: event.target.value, dirty: true })}
      />
      <label htmlFor={`${id}-to`}>{t('facets.availableTo')}</label>
      <input
        id={`${id}-to`}
        type="date"
        data-testid="filter-available-to"
        value={draft.to}
        min={draft.from || undefined}
        aria-invalid={reversed || undefined}
        onChange={(event) => setDraft({ ...draft, to: event.target.value, dirty: true })}
      />
      {reversed && (
        <p className="field-errors" role="alert" data-testid="window-error">
          {t('facets.windowOrder')}
        </p>
      )}
    </fieldset>
  );
}
