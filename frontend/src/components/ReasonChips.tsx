import { useTranslation } from 'react-i18next';
import { reasonLabel, type Reason } from '@/lib/reasons';

/**
 * Why something was recommended, one chip per reason, in the UI language where the API has it (see `reasonLabel`).
 * `label` names the list for screen readers; `testId` prefixes the test ids (`{testId}-reasons`, `{testId}-reason`).
 */
export function ReasonChips({
  reasons,
  label,
  testId,
}: {
  reasons: Reason[] | null | undefined;
  label: string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  if (!reasons || reasons.length === 0) return null;
  const generic = (code: string) => (i18n.exists(`reason.${code}`) ? t(`reason.${code}`) : null);
  return (
    <ul className="chips reasons" aria-label={label} data-testid={`${testId}-reasons`}>
      {reasons.map((reason, index) => {
        const text = reasonLabel(reason, i18n.language, generic);
        return (
          <li
            key={`${reason.code}-${index}`}
            className={`reason reason-${reason.code}`}
            data-testid={`${testId}-reason`}
            data-code={reason.code}
            lang={text.language ?? undefined}
          >
            {text.text}
          </li>
        );
      })}
    </ul>
  );
}
