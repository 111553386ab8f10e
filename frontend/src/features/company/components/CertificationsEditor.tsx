import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelOf, useCertificationStandards } from '@/lib/reference';
import { formatDate } from '@/utils/dates';
import { useCertificationMutations, type Company } from '../api/company';
import { CertificationForm } from './CertificationForm';
import { CertificationStatus } from './CertificationStatus';

/** The company's certifications, each added, edited or deleted on its own (editing resets verification). */
export function CertificationsEditor({ company, onChanged }: { company: Company; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { data: standards } = useCertificationStandards();
  const mutations = useCertificationMutations(company.id);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const standardLabel = (code: string) =>
    labelOf(standards?.find((s) => s.code === code)?.labels, i18n.language) ?? code;
  const done = () => {
    setEditing(null);
    onChanged();
  };

  return (
    <section className="form-section certifications-editor">
      <h2>{t('certifications.title')}</h2>
      {(company.certifications ?? []).length === 0 && <p className="status">{t('certifications.none')}</p>}
      <ul className="certifications">
        {(company.certifications ?? []).map((certification) => (
          <li key={certification.id} data-testid="certification-row">
            {editing === certification.id ? (
              <CertificationForm initial={certification} onSaved={done} onCancel={() => setEditing(null)}
                save={(request) => mutations.update.mutateAsync({ id: certification.id, request })} />
            ) : (
              <>
                <strong>{certification.name || labelOf(certification.labels, i18n.language) || standardLabel(certification.standard)}</strong> {certification.number}
                {' · '}
                {certification.issuer}
                {certification.validUntil &&
                  ` · ${t('certifications.until', { date: formatDate(certification.validUntil, i18n.language) })}`}{' '}
                <CertificationStatus certification={certification} />
                <span className="row-actions">
                  <button type="button" className="link" data-testid="certification-edit"
                    onClick={() => setEditing(certification.id)}>
                    {t('form.edit')}
                  </button>
                  {confirming === certification.id ? (
                    <button type="button" className="link danger" data-testid="certification-delete-confirm"
                      onClick={() => mutations.remove.mutate(certification.id, { onSuccess: done })}>
                      {t('form.confirmDelete')}
                    </button>
                  ) : (
                    <button type="button" className="link danger" data-testid="certification-delete"
                      onClick={() => setConfirming(certification.id)}>
                      {t('form.delete')}
                    </button>
                  )}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing === 'new' ? (
        <CertificationForm onSaved={done} onCancel={() => setEditing(null)} save={(request) => mutations.add.mutateAsync(request)} />
      ) : (
        <button type="button" className="button" data-testid="certification-add" onClick={() => setEditing('new')}>
          {t('certifications.add')}
        </button>
      )}
      {editing !== null && <p className="hint">{t('certifications.editHint')}</p>}
    </section>
  );
}
