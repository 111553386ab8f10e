import { useTranslation } from 'react-i18next';
import { labelOf, useCertificationStandards } from '@/lib/reference';
import { formatDate } from '@/utils/dates';
import type { Certification } from '../api/company';
import { CertificationStatus } from './CertificationStatus';

export function CertificationList({ certifications }: { certifications: Certification[] }) {
  const { t, i18n } = useTranslation();
  const { data: standards } = useCertificationStandards();
  if (certifications.length === 0) return null;
  return (
    <>
      <h2>{t('certifications.title')}</h2>
      <ul className="certifications" data-testid="certifications">
        {certifications.map((c) => (
          <li key={c.id} data-testid="certification" className={c.expired ? 'expired' : undefined}>
            <strong>{c.name || labelOf(c.labels ?? standards?.find((s) => s.code === c.standard)?.labels, i18n.language) || c.standard}</strong>
            {c.number && ` ${c.number}`}
            {c.issuer && ` · ${c.issuer}`}
            {c.validUntil && ` · ${t('certifications.until', { date: formatDate(c.validUntil, i18n.language) })}`}{' '}
            <CertificationStatus certification={c} />
          </li>
        ))}
      </ul>
    </>
  );
}
