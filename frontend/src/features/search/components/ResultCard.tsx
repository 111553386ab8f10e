import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Highlighted } from '@/components/Highlighted';
import { LanguageBadge } from '@/components/LanguageBadge';
import { useIndustryLabel } from '@/lib/industries';
import { labelOf, termLabel, useCertificationStandards, useRegionLabel, useTaxonomy } from '@/lib/reference';
import { countryName } from '@/utils/countryName';
import { formatDate } from '@/utils/dates';
import { pickLanguage, pickText } from '@/utils/pickName';
import { hitCertifications, hitKind, hitPath, hitSmeClass, type SearchHit } from '../api/search';

/** SME classes worth a badge on a result; "undetermined" and "not applicable" would only be noise there. */
const SME_BADGES = ['SMALL_ENTERPRISE', 'SME', 'LARGE'];

export function ResultCard({ hit }: { hit: SearchHit }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const industryLabel = useIndustryLabel();
  const { data: taxonomy } = useTaxonomy();
  const { data: standards } = useCertificationStandards();
  const kind = hitKind(hit);
  const nameLanguage = pickLanguage(hit.names, language);
  const name = nameLanguage ? hit.names?.[nameLanguage] : t(kind === 'company' ? 'company.unnamed' : 'listing.untitled');
  const highlights = hit.highlights ?? [];
  // a highlighted name only when it is the name shown (the match may be in another language's name)
  const nameHighlight = highlights.find((h) => (h.field === 'name' || h.field === 'title') && h.language === nameLanguage);
  const snippet =
    highlights.find((h) => h.field !== 'name' && h.field !== 'title' && h.field !== 'technologies') ??
    highlights.find((h) => h.field === 'technologies');
  const region = useRegionLabel(hit.country, hit.region, language);
  const place = [region, countryName(hit.country, language)].filter(Boolean).join(', ');
  const owner = kind === 'company' ? null : pickText(hit.companyNames, language);
  const industry = industryLabel(hit.industry, language);
  const technologies = hit.technologies ?? [];
  const certifications = hitCertifications(hit);
  const smeClass = hitSmeClass(hit);
  const { srdiProvincialYear: srdi, littleGiantYear: littleGiant } = hit.designations ?? {};
  const period = kind === 'capacity' && (hit.availableFrom || hit.availableTo)
    ? [formatDate(hit.availableFrom, language) ?? '…', formatDate(hit.availableTo, language) ?? '…'].join(' – ')
    : null;
  const badges = Boolean(hit.verified || (smeClass && SME_BADGES.includes(smeClass)) || srdi || littleGiant || certifications.length);

  return (
    <article className={`result result-${kind}`} data-testid="search-result" data-kind={kind}>
      <header className="result-header">
        {kind !== 'company' && (
          <span className={`badge kind-${kind}`} data-testid="result-kind">
            {t(`kinds.${kind}`)}
          </span>
        )}
        <Link to={hitPath(hit)} className="result-name" data-testid="result-name" lang={nameLanguage ?? undefined}>
          {nameHighlight ? <Highlighted segments={nameHighlight.segments} /> : name}
        </Link>
        {hit.matchedLanguage && (
          <span className="matched" title={t('search.matchedIn', { language: t(`languages.${hit.matchedLanguage}`) })}>
            <LanguageBadge language={hit.matchedLanguage} />
          </span>
        )}
      </header>
      <div className="result-meta">
        {kind !== 'company' && (
          <span className="owner" data-testid="result-owner">
            {owner && hit.companyId ? (
              <Link to={`/companies/${encodeURIComponent(hit.companyId)}`}>{t('search.by', { company: owner })}</Link>
            ) : owner ? (
              t('search.by', { company: owner })
            ) : (
              t('listing.anonymousCompany')
            )}
          </span>
        )}
        {place && <span data-testid="result-place">{place}</span>}
        {industry && <span className="industry">{industry}</span>}
        {period && (
          <span className="window" data-testid="result-window">
            {t('search.window', { window: period })}
          </span>
        )}
      </div>
      {badges && (
        <p className="badges result-badges">
          {hit.verified && (
            <span className="badge verified" data-testid="result-verified">
              ✓ {t('company.verified')}
            </span>
          )}
          {smeClass && SME_BADGES.includes(smeClass) && (
            <span className={`badge sme-${smeClass.toLowerCase()}`} data-testid="result-sme-class" data-code={smeClass}>
              {t(`smeClass.${smeClass}`)}
            </span>
          )}
          {srdi && (
            <span className="badge designation" data-testid="result-designation" data-code="SRDI"
              title={t('designations.srdiSince', { year: srdi })}>
              {t('designation.SRDI')}
            </span>
          )}
          {littleGiant && (
            <span className="badge designation" data-testid="result-designation" data-code="LITTLE_GIANT"
              title={t('designations.littleGiantSince', { year: littleGiant })}>
              {t('designation.LITTLE_GIANT')}
            </span>
          )}
          {certifications.map((code) => (
            <span key={code} className="badge certification" data-testid="result-certification" data-code={code}>
              {labelOf(standards?.find((s) => s.code === code)?.labels, language) ?? code}
            </span>
          ))}
        </p>
      )}
      {snippet && snippet.segments.length > 0 && (
        <p className="snippet" data-testid="snippet" lang={snippet.language ?? undefined}>
          <Highlighted segments={snippet.segments} />
        </p>
      )}
      {technologies.length > 0 && (
        <ul className="chips">
          {technologies.map((technology) => (
            <li key={technology}>{termLabel(taxonomy, technology, language)}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
