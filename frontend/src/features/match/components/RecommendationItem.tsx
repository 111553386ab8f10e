import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ReasonChips } from '@/components/ReasonChips';
import { recordKind, recordPath } from '@/lib/paths';
import type { RecommendationSubject } from '@/lib/recommendations';
import { pickLanguage, pickText } from '@/utils/pickName';
import { candidateRef, type Recommendation, type Verdict } from '../api/recommendations';
import { IntroduceForm } from './IntroduceForm';

/** One ranked candidate: its name (a link to its page), owner, mutual badge, reasons and what the reader can do. */
export function RecommendationItem({
  item,
  subject,
  introduce,
  onFeedback,
  busy,
}: {
  item: Recommendation;
  subject: RecommendationSubject;
  introduce: boolean;
  onFeedback: (verdict: Verdict | 'NONE') => void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const kind = recordKind(item.kind);
  const nameLanguage = pickLanguage(item.names, language);
  const name =
    (nameLanguage && item.names?.[nameLanguage]) || t(kind === 'company' ? 'company.unnamed' : 'listing.untitled');
  const owner = pickText(item.companyNames, language);
  const interested = item.feedback === 'INTERESTED';

  return (
    <li className="recommendation" data-testid="recommendation" data-candidate={candidateRef(item)} data-kind={kind}>
      <div className="recommendation-head">
        {kind !== 'company' && <span className={`badge kind-${kind}`}>{t(`kinds.${kind}`)}</span>}
        <Link to={recordPath(kind, item.id)} className="recommendation-name" data-testid="recommendation-name"
          lang={nameLanguage ?? undefined}>
          {name}
        </Link>
        {item.mutual && (
          <span className="badge mutual" data-testid="recommendation-mutual" title={t('match.mutualHint')}>
            ⇄ {t('match.mutual')}
          </span>
        )}
      </div>
      {kind !== 'company' && (
        <p className="owner" data-testid="recommendation-owner">
          {owner && item.companyId ? (
            <Link to={`/companies/${encodeURIComponent(item.companyId)}`}>{t('match.owner', { company: owner })}</Link>
          ) : (
            t('listing.anonymousCompany')
          )}
        </p>
      )}
      <ReasonChips reasons={item.reasons} label={t('match.reasons')} testId="recommendation" />
      <div className="recommendation-actions">
        <button
          type="button"
          className={`button feedback${interested ? ' on' : ''}`}
          aria-pressed={interested}
          disabled={busy}
          data-testid="recommendation-interested"
          onClick={() => onFeedback(interested ? 'NONE' : 'INTERESTED')}
        >
          {interested ? '★' : '☆'} {t('match.interested')}
        </button>
        <button
          type="button"
          className="button feedback"
          disabled={busy}
          data-testid="recommendation-not-relevant"
          aria-label={t('match.notRelevantFor', { name })}
          onClick={() => onFeedback('NOT_RELEVANT')}
        >
          {t('match.notRelevant')}
        </button>
        {introduce && <IntroduceForm subject={subject} item={item} candidateName={(kind === 'company' ? name : owner) ?? name} />}
      </div>
    </li>
  );
}
