import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { StatusBadge } from '@/components/StatusBadge';
import { formatDateTime } from '@/utils/dates';
import { pickLanguage, pickText } from '@/utils/pickName';
import type { Introduction } from '../api/introductions';
import { authorName } from '../utils/introduction';
import { FirmConsent } from './FirmConsent';
import { StatusChangeForm } from './StatusChangeForm';

/** A company of the introduction; null is the firm behind an anonymous need that has not agreed to be named. */
function CompanyLink({ company, testId }: { company: Introduction['companyA']; testId: string }) {
  const { t, i18n } = useTranslation();
  const language = pickLanguage(company?.names, i18n.language);
  if (!company) {
    return (
      <span className="anonymous-firm" data-testid={testId} data-anonymous="true">
        {t('introductions.anonymousFirm')}
      </span>
    );
  }
  return (
    <Link to={`/companies/${encodeURIComponent(company.id)}`} data-testid={testId} lang={language ?? undefined}>
      {language ? company.names[language] : t('company.unnamed')}
    </Link>
  );
}

/** One introduction: the two companies, the need, the note, the status and how it got there. */
export function IntroductionCard({ introduction, editable }: { introduction: Introduction; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const history = introduction.history ?? [];
  return (
    <li className="introduction" data-testid="introduction" data-id={introduction.id} data-status={introduction.status}>
      <header className="introduction-header">
        <span className="introduction-companies" data-testid="introduction-companies">
          <CompanyLink company={introduction.companyA} testId="introduction-company-a" />
          <span className="between" aria-label={t('introductions.and')}> ⇄ </span>
          <CompanyLink company={introduction.companyB} testId="introduction-company-b" />
        </span>
        <StatusBadge status={introduction.status} testId="introduction-status" />
      </header>
      <FirmConsent introduction={introduction} />
      {introduction.need && (
        <p className="introduction-need">
          {t('kinds.need')}:{' '}
          <Link to={`/needs/${encodeURIComponent(introduction.need.id)}`} data-testid="introduction-need">
            {pickText(introduction.need.titles, language) ?? t('listing.untitled')}
          </Link>
        </p>
      )}
      {introduction.note && (
        <p className="introduction-note" data-testid="introduction-note">
          {introduction.note}
        </p>
      )}
      <p className="meta">
        {introduction.coordinator && t('introductions.by', { name: introduction.coordinator.displayName })}{' '}
        <time dateTime={introduction.createdAt}>{formatDateTime(introduction.createdAt, language)}</time>
      </p>
      {history.length > 0 && (
        <details className="introduction-history" data-testid="introduction-history">
          <summary>{t('introductions.history', { count: history.length })}</summary>
          <ol>
            {history.map((entry, index) => {
              const author = authorName(entry.by, introduction.coordinator);
              return (
                <li key={`${entry.at}-${index}`} data-testid="introduction-history-entry" data-status={entry.status}>
                  <StatusBadge status={entry.status} testId="history-status" />{' '}
                  <time className="when" dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                  {author && <span className="author"> · {author}</span>}
                  {entry.note && <p className="history-note">{entry.note}</p>}
                </li>
              );
            })}
          </ol>
        </details>
      )}
      {editable && <StatusChangeForm introduction={introduction} />}
    </li>
  );
}
