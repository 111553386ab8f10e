import { useTranslation } from 'react-i18next';
import { inputProps } from '@/components/form/Field';
import type { PlacedErrors } from '@/lib/forms/fieldErrors';
import type { TimeRange } from '../api/types';
import { emptyRange } from '../utils/eventDraft';
import { EventFieldErrors } from './EventErrors';

/** Repeatable rows of date, start and end (session days or breaks), with errors per row and per input. */
export function RangeRows({
  path,
  legend,
  rows,
  onChange,
  errors,
  testId,
  addLabel,
  rowLabel,
}: {
  path: 'sessions' | 'breaks';
  legend: string;
  rows: TimeRange[];
  onChange: (rows: TimeRange[]) => void;
  errors: PlacedErrors;
  testId: string;
  addLabel: string;
  rowLabel: (index: number) => string;
}) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<TimeRange>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="range-rows" data-testid={`${testId}s`}>
      <legend>{legend}</legend>
      <EventFieldErrors path={path} errors={errors.at(path)} />
      {rows.map((row, index) => {
        const rowPath = `${path}[${index}]`;
        const rowErrors = errors.at(rowPath);
        return (
          <div key={index} className={`range-row${rowErrors.length ? ' has-error' : ''}`} data-testid={`${testId}-row`}>
            <span className="range-label">{rowLabel(index)}</span>
            {(['date', 'start', 'end'] as const).map((part) => {
              const partPath = `${rowPath}.${part}`;
              const partErrors = errors.at(partPath);
              return (
                <div key={part} className={`field${partErrors.length ? ' has-error' : ''}`}>
                  <label htmlFor={inputProps(partPath, partErrors).id}>{t(`event.form.${part}`)}</label>
                  <input
                    type={part === 'date' ? 'date' : 'time'}
                    step={part === 'date' ? undefined : 300}
                    {...inputProps(partPath, partErrors)}
                    data-testid={`${testId}-${part}-${index}`}
                    value={row[part]}
                    onChange={(event) => update(index, { [part]: event.target.value })}
                  />
                  <EventFieldErrors path={partPath} errors={partErrors} />
                </div>
              );
            })}
            <button type="button" className="link danger" data-testid={`${testId}-remove-${index}`}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}>
              {t('form.remove')}
            </button>
            <EventFieldErrors path={rowPath} errors={rowErrors} />
          </div>
        );
      })}
      <button type="button" className="button" data-testid={`event-form-add-${path === 'sessions' ? 'session' : 'break'}`}
        onClick={() => onChange([...rows, rows.length ? { ...emptyRange(), date: rows[rows.length - 1].date } : emptyRange()])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
