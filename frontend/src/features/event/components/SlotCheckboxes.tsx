import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../api/types';
import { slotsByDay } from '../utils/grid';
import { formatDay, formatTimeRange } from '../utils/time';

/** Checkboxes over the event's slots, grouped by day; break slots cannot be chosen. */
export function SlotCheckboxes({
  event,
  value,
  onChange,
  legend,
}: {
  event: EventDetail;
  value: number[];
  onChange: (value: number[]) => void;
  legend: string;
}) {
  const { t, i18n } = useTranslation();
  const chosen = new Set(value);
  const toggle = (index: number, on: boolean) =>
    onChange(on ? [...value, index].sort((a, b) => a - b) : value.filter((v) => v !== index));
  return (
    <fieldset className="slot-checkboxes" data-testid="event-register-unavailable">
      <legend>{legend}</legend>
      <small className="hint">{t('event.register.unavailableHint', { zone: event.timeZone })}</small>
      {slotsByDay(event.slots ?? [], event.days).map(({ day, slots }) => (
        <div key={day} className="slot-day">
          <h4>{formatDay(day, i18n.language)}</h4>
          <div className="slot-options">
            {slots.map((slot) => (
              <label key={slot.index} className={slot.isBreak ? 'slot-option break' : 'slot-option'}>
                <input type="checkbox" data-testid={`event-register-slot-${slot.index}`} disabled={slot.isBreak}
                  checked={chosen.has(slot.index)} onChange={(e) => toggle(slot.index, e.target.checked)} />
                {formatTimeRange(slot.start, slot.end, event.timeZone, i18n.language)}
                {slot.isBreak && <span className="break-label"> {t('event.break')}</span>}
              </label>
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
