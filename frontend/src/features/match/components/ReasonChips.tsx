import { useTranslation } from 'react-i18next';
import type { Reason } from '../api/recommendations';
import { reasonLabel } from '../utils/reasons';

/** Why a candidate was recommended, one chip per reason, in the UI language where the API has it. */
export function ReasonChips({ reasons }: { reasons: Reason[] | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (!reasons || reasons.length === 0) return null;
  const generic = (code: string) => (i18n.exists(`reason.${code}`) ? t(`reason.${code}`) : null);
  return (
    <ul className="chips reasons" aria-label={t('match.reasons')} data-testid="recommendation-reasons">
      {reasons.map((reason, index) => {
        const label = reasonLabel(reason, i18n.language, generic);
        return (
          <li
            key={`${reason.code}-${index}`}
            className={`reason reason-${reason.code}`}
            data-testid="recommendation-reason"
            data-code={reason.code}
            lang={label.language ?? undefined}
          >
            {label.text}
          </li>
        );
      })}
    </ul>
  );
}
