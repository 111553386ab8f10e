import { useTranslation } from 'react-i18next';
import type { Certification } from '../api/company';

/** Valid or expired (in red), and whether an admin has verified it. */
export function CertificationStatus({ certification }: { certification: Certification }) {
  const { t } = useTranslation();
  return (
    <span className="certification-status" data-testid="certification-status">
      <span className={`badge ${certification.expired ? 'expired' : 'valid'}`} data-expired={certification.expired}>
        {t(certification.expired ? 'certifications.expired' : 'certifications.valid')}
      </span>{' '}
      <span className={`badge verification-${(certification.verification ?? 'UNVERIFIED').toLowerCase()}`}>
        {t(`verification.${certification.verification ?? 'UNVERIFIED'}`)}
      </span>
    </span>
  );
}
