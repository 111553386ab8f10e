import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Localized } from '@/lib/types';
import { availableLanguages, pickLanguage } from '@/utils/pickName';

/**
 * A company's name in the UI language, linking to its profile; `full` adds its names in the other languages
 * (so a Japanese name stays recognisable in an English UI).
 */
export function CompanyName({
  names,
  companyId,
  full = true,
  link = true,
}: {
  names: Partial<Localized> | null | undefined;
  companyId?: string | null;
  full?: boolean;
  link?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const main = pickLanguage(names, i18n.language);
  const text = main ? names?.[main] : t('company.unnamed');
  const others = availableLanguages(names).filter((l) => l !== main);
  const title = availableLanguages(names)
    .map((l) => names?.[l])
    .join(' / ');
  return (
    <span className="company-name" title={title}>
      {link && companyId ? (
        <Link to={`/companies/${encodeURIComponent(companyId)}`} lang={main ?? undefined} data-testid="company-link">
          {text}
        </Link>
      ) : (
        <strong lang={main ?? undefined}>{text}</strong>
      )}
      {full &&
        others.map((l) => (
          <span key={l} className="alt-name" lang={l}>
            {names?.[l]}
          </span>
        ))}
    </span>
  );
}
