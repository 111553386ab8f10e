import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Highlighted } from '@/components/Highlighted';
import { LanguageBadge } from '@/components/LanguageBadge';
import { useIndustryLabel } from '@/lib/industries';
import { pickText } from '@/utils/pickName';
import type { SearchHit } from '../api/search';

export function ResultCard({ hit }: { hit: SearchHit }) {
  const { t, i18n } = useTranslation();
  const industryLabel = useIndustryLabel();
  const name = pickText(hit.names, i18n.language) ?? t('company.unknown');
  const nameHighlight = hit.highlights.find((h) => h.field === 'name');
  const snippet = hit.highlights.find((h) => h.field === 'description') ?? hit.highlights.find((h) => h.field === 'technologies');
  const place = [hit.region, hit.country].filter(Boolean).join(', ');

  return (
    <article className="result" data-testid="search-result">
      <header className="result-header">
        <Link to={`/companies/${hit.id}`} className="result-name" data-testid="result-name">
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
        {hit.industry && <span>{industryLabel(hit.industry, i18n.language)}</span>}
      </div>
      {snippet && (
        <p className="snippet" data-testid="snippet">
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
