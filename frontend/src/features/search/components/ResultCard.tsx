import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Highlighted } from '@/components/Highlighted';
import { LanguageBadge } from '@/components/LanguageBadge';
import { useIndustryLabel } from '@/lib/industries';
import { termLabel, useRegionLabel, useTaxonomy } from '@/lib/reference';
import { countryName } from '@/utils/countryName';
import { pickLanguage, pickText } from '@/utils/pickName';
import { hitKind, hitPath, type SearchHit } from '../api/search';

export function ResultCard({ hit }: { hit: SearchHit }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const industryLabel = useIndustryLabel();
  const { data: taxonomy } = useTaxonomy();
  const kind = hitKind(hit);
  const nameLanguage = pickLanguage(hit.names, language);
  const name = nameLanguage ? hit.names[nameLanguage] : t(kind === 'company' ? 'company.unnamed' : 'listing.untitled');
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
            {owner ? t('search.by', { company: owner }) : t('listing.anonymousCompany')}
          </span>
        )}
        {place && <span>{place}</span>}
        {industry && <span className="industry">{industry}</span>}
      </div>
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
