import { useTranslation } from 'react-i18next';
import type { CompanyView } from '../hooks/useCompanyView';

/** The computed SME classification and, in the UI language, why. */
export function SmeClassBadge({ smeClass }: { smeClass: NonNullable<CompanyView['smeClass']> }) {
  const { t } = useTranslation();
  return (
    <span className="sme-class" data-testid="sme-class" data-code={smeClass.code}>
      <span className={`badge sme-${smeClass.code.toLowerCase()}`}>{t(`smeClass.${smeClass.code}`)}</span>
      {smeClass.reason && (
        <small className="reason" data-testid="sme-class-reason">
          {smeClass.reason}
        </small>
      )}
    </span>
  );
}
