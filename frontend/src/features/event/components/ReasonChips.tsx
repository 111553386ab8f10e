import { useTranslation } from 'react-i18next';
import type { Reason } from '../api/types';

const FALLBACK = ['en', 'ja', 'zh'] as const;

/** Why a participant was recommended, one chip per reason, in the UI language where the API has it. */
export function ReasonChips({ reasons }: { reasons: Reason[] | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (!reasons || reasons.length === 0) return null;
  return (
    <ul className="chips reasons" aria-label={t('event.recommended.reasons')} data-testid="event-reasons">
      {reasons.map((reason, index) => {
        const texts = (reason.text ?? {}) as Record<string, string | null | undefined>;
        const language = [i18n.language, ...FALLBACK].find((l) => texts[l]?.trim());
        const text = language ? texts[language] : t(`reason.${reason.code}`, { defaultValue: reason.code });
        return (
          <li key={`${reason.code}-${index}`} data-testid="event-reason" data-code={reason.code} lang={language}>
            {text}
          </li>
        );
      })}
    </ul>
  );
}
