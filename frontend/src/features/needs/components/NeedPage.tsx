import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { LocalizedText } from '@/components/LocalizedText';
import { StatusBadge } from '@/components/StatusBadge';
import { TermChips } from '@/components/TermChips';
import { LoadStatus } from '@/components/LoadStatus';
import { canEditCompany } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import type { InquirySlot } from '@/lib/inquiries';
import type { RecommendationSlot } from '@/lib/recommendations';
import { labelOf, useCertificationStandards } from '@/lib/reference';
import { formatDate } from '@/utils/dates';
import { pickLanguage, pickText } from '@/utils/pickName';
import { useNeed } from '../api/needs';
import { useRegionName } from '../hooks/useRegionName';

/**
 * `recommendations`: the app's slot for the panel of companies that could meet the need; `inquiry`: its slot for
 * "send inquiry", shown while the need is open (see src/app).
 */
export function NeedPage({ recommendations, inquiry }: { recommendations?: RecommendationSlot; inquiry?: InquirySlot } = {}) {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { user } = useCurrentUser();
  const { data: need, isPending, error } = useNeed(id);
  const { data: standards } = useCertificationStandards();
  const regionName = useRegionName();

  if (isPending || error || !need) {
    return <LoadStatus pending={isPending} error={error} notFound="needs.notFound" failed="needs.error" testId="need-error" />;
  }
  const titleLanguage = pickLanguage(need.titles, language);
  const unknown = t('company.unknown');
  const standardLabel = (code: string) => labelOf(standards?.find((s) => s.code === code)?.labels, language) ?? code;

  return (
    <section className="listing need">
      <p className="kind-label">{t('kinds.need')}</p>
      <h1 data-testid="need-title" lang={titleLanguage ?? undefined}>
        {titleLanguage ? need.titles[titleLanguage] : t('listing.untitled')}
      </h1>
      <p className="byline">
        {need.company ? (
          <Link to={`/companies/${encodeURIComponent(need.company.id)}`} data-testid="need-company">
            {pickText(need.company.names, language) ?? t('company.unnamed')}
          </Link>
        ) : (
          <span data-testid="need-anonymous-company">{t('listing.anonymousCompany')}</span>
        )}{' '}
        <StatusBadge status={need.status} />
        {need.anonymous && need.company && <span className="badge">{t('needs.anonymousBadge')}</span>}
      </p>
      <div className="actions">
        {canEditCompany(user, need.company?.id) && (
          <Link to={`/needs/${encodeURIComponent(need.id)}/edit`} className="button" data-testid="need-edit">
            {t('form.edit')}
          </Link>
        )}
        {need.status === 'OPEN' && inquiry?.({ type: 'NEED', id: need.id, ownerCompanyId: need.company?.id ?? null })}
      </div>
      <LocalizedText texts={need.descriptions} language={language} testId="need-description" />
      <dl className="facts">
        <dt>{t('needs.quantity')}</dt>
        <dd>{need.quantity ?? unknown}</dd>
        <dt>{t('needs.deadline')}</dt>
        <dd>{formatDate(need.deadline, language) ?? unknown}</dd>
        <dt>{t('needs.preferredRegions')}</dt>
        <dd>{(need.preferredRegions ?? []).map(regionName).join(t('my.separator')) || unknown}</dd>
        <dt>{t('needs.certifications')}</dt>
        <dd data-testid="need-certifications">
          {(need.certifications ?? []).map(standardLabel).join(t('my.separator')) || unknown}
          {need.certificationsRequired && (need.certifications ?? []).length > 0 && (
            <strong className="required"> ({t('needs.required')})</strong>
          )}
        </dd>
      </dl>
      {(need.technologies ?? []).length > 0 && <h2>{t('company.technologies')}</h2>}
      <TermChips codes={need.technologies ?? []} testId="need-technologies" />
      {(need.freeTerms ?? []).length > 0 && (
        <>
          <h2>{t('form.freeTerms')}</h2>
          <ul className="chips">
            {need.freeTerms.map((term) => (
              <li key={term}>{term}</li>
            ))}
          </ul>
        </>
      )}
      {recommendations?.({ type: 'need', id: need.id, companyId: need.company?.id ?? null })}
    </section>
  );
}
