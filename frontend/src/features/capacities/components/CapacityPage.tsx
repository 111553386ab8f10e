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
import { useRegionLabel } from '@/lib/reference';
import { countryName } from '@/utils/countryName';
import { formatDate } from '@/utils/dates';
import { formatNumber } from '@/utils/format';
import { pickLanguage, pickText } from '@/utils/pickName';
import { useCapacity } from '../api/capacities';

/**
 * `recommendations`: the app's slot for the panel of companies that could use the listing; `inquiry`: its slot for
 * "send inquiry", shown while the listing is open (see src/app).
 */
export function CapacityPage({
  recommendations,
  inquiry,
}: { recommendations?: RecommendationSlot; inquiry?: InquirySlot } = {}) {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { user } = useCurrentUser();
  const { data: capacity, isPending, error } = useCapacity(id);
  const region = useRegionLabel(capacity?.country, capacity?.region, language);

  if (isPending || error || !capacity) {
    return <LoadStatus pending={isPending} error={error} notFound="capacities.notFound" failed="capacities.error" testId="capacity-error" />;
  }
  const titleLanguage = pickLanguage(capacity.titles, language);
  const unknown = t('company.unknown');
  const period = [formatDate(capacity.availableFrom, language), formatDate(capacity.availableTo, language)];

  return (
    <section className="listing capacity">
      <p className="kind-label">
        {t('kinds.capacity')} · {t(`capacityKind.${capacity.kind}`)}
      </p>
      <h1 data-testid="capacity-title" lang={titleLanguage ?? undefined}>
        {titleLanguage ? capacity.titles[titleLanguage] : t('listing.untitled')}
      </h1>
      <p className="byline">
        {capacity.company && (
          <Link to={`/companies/${encodeURIComponent(capacity.company.id)}`} data-testid="capacity-company">
            {pickText(capacity.company.names, language) ?? t('company.unnamed')}
          </Link>
        )}{' '}
        <StatusBadge status={capacity.status} />
      </p>
      <div className="actions">
        {canEditCompany(user, capacity.company?.id) && (
          <Link to={`/capacities/${encodeURIComponent(capacity.id)}/edit`} className="button" data-testid="capacity-edit">
            {t('form.edit')}
          </Link>
        )}
        {capacity.status === 'OPEN' &&
          inquiry?.({ type: 'CAPACITY', id: capacity.id, ownerCompanyId: capacity.company?.id ?? null })}
      </div>
      <LocalizedText texts={capacity.specifications} language={language} testId="capacity-specification" />
      <dl className="facts">
        <dt>{t('company.country')}</dt>
        <dd>{countryName(capacity.country, language) ?? unknown}</dd>
        <dt>{t('company.region')}</dt>
        <dd>{region ?? unknown}</dd>
        <dt>{t('capacities.period')}</dt>
        <dd>{period.some(Boolean) ? period.map((d) => d ?? '…').join(' – ') : unknown}</dd>
        <dt>{t('capacities.amountPerMonth')}</dt>
        <dd>
          {capacity.amountPerMonth != null
            ? `${formatNumber(capacity.amountPerMonth, language)} ${capacity.unit ? t(`unit.${capacity.unit}`) : ''}`
            : unknown}
        </dd>
      </dl>
      {(capacity.technologies ?? []).length > 0 && <h2>{t('company.technologies')}</h2>}
      <TermChips codes={capacity.technologies ?? []} testId="capacity-technologies" />
      {capacity.terms && (
        <>
          <h2>{t('capacities.terms')}</h2>
          <p className="description" data-testid="capacity-terms">
            {capacity.terms}
          </p>
        </>
      )}
      {recommendations?.({ type: 'capacity', id: capacity.id, companyId: capacity.company?.id ?? null })}
    </section>
  );
}
