import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Highlighted } from '@/components/Highlighted';
import { LanguageBadge } from '@/components/LanguageBadge';
import { useIndustryLabel } from '@/lib/industries';
import { countryName } from '@/utils/countryName';
import { pickLanguage } from '@/utils/pickName';
import type { SearchHit } from '../api/search';

export function ResultCard({ hit }: { hit: SearchHit }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const industryLabel = useIndustryLabel();
  const nameLanguage = pickLanguage(hit.names, language);
  const name = nameLanguage ? hit.names[nameLanguage] : t('company.unnamed');
  // a highlighted name only when it is the name shown (the match may be in another language's name)
  const nameHighlight = hit.highlights.find((h) => h.field === 'name' && h.language === nameLanguage);
  const snippet =
    hit.highlights.find((h) => h.field === 'description') ?? hit.highlights.find((h) => h.field === 'technologies');
  const place = [hit.region, countryName(hit.country, language)].filter(Boolean).join(', ');
  const industry = industryLabel(hit.industry, language);

  return (
    <article className="result" data-testid="search-result">
      <header className="result-header">
        <Link
          to={`/companies/${encodeURIComponent(hit.id)}`}
          className="result-name"
          data-testid="result-name"
          lang={nameLanguage ?? undefined}
        >
          {nameHighlight ? <Highlighted segments={nameHighlight.segments} /> : name}
        </Link>
        {hit.matchedLanguage && (
          <span className="matched" title={t('search.matchedIn', { language: t(`languages.${hit.matchedLanguage}`) })}>
            <LanguageBadge language={hit.matchedLanguage} />
          </span>
        )}
      </header>
      <div className="result-meta">
        {place && <span>{place}</span>}
        {industry && <span className="industry">{industry}</span>}
      </div>
      {snippet && snippet.segments.length > 0 && (
        <p className="snippet" data-testid="snippet" lang={snippet.language ?? undefined}>
          <Highlighted segments={snippet.segments} />
        </p>
      )}
      {hit.technologies.length > 0 && (
        <ul className="chips">
          {hit.technologies.map((technology) => (
            <li key={technology}>{technology}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
