import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../api/types';
import { slotsByDay } from '../utils/grid';
import { formatDay, formatTimeRange } from '../utils/time';

/** The event's slots per day in its time zone, breaks marked. */
export function SlotTimeline({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <div className="slot-timeline" data-testid="event-slots">
      {slotsByDay(event.slots ?? [], event.days).map(({ day, slots }) => (
        <div key={day} className="slot-day">
          <h4>{formatDay(day, language)}</h4>
          <ol className="slots">
            {slots.map((slot) => (
              <li key={slot.index} className={slot.isBreak ? 'slot break' : 'slot'} data-testid="event-slot"
                data-break={slot.isBreak || undefined}>
                {formatTimeRange(slot.start, slot.end, event.timeZone, language)}
                {slot.isBreak && <span className="break-label"> {t('event.break')}</span>}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
