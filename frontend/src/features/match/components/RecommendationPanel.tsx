import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { canIntroduce, canSeeRecommendations } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import { subjectRef, type RecommendationSubject } from '@/lib/recommendations';
import { pickText } from '@/utils/pickName';
import { candidateRef, useFeedback, useRecommendations, type Recommendation, type Verdict } from '../api/recommendations';
import { RecommendationItem } from './RecommendationItem';

/**
 * Ranked recommendations for a need, a capacity listing or a company, with the reasons, feedback and (for
 * coordinators and admins) introductions. Shown only to those the API lets read them: the subject company's members,
 * coordinators, organisers and admins; anyone else (and anonymous visitors) sees nothing.
 */
export function RecommendationPanel({ subject }: { subject: RecommendationSubject }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { user } = useCurrentUser();
  const allowed = canSeeRecommendations(user, subject.companyId);
  const ref = subjectRef(subject.type, subject.id);
  const { data, isPending, error } = useRecommendations(ref, allowed);
  const feedback = useFeedback(ref);
  const [removed, setRemoved] = useState<{ item: Recommendation; index: number } | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  // the button that had the focus is gone with its item: the focus goes to "undo"
  useEffect(() => {
    if (removed) undoRef.current?.focus();
  }, [removed]);

  if (!allowed) return null;
  // the server's rules are the last word: a refusal means this reader has no recommendations here
  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return null;

  const items = data?.items ?? [];
  const give = (item: Recommendation, index: number, verdict: Verdict | 'NONE') => {
    if (verdict === 'NOT_RELEVANT') setRemoved({ item, index });
    feedback.mutate(
      { item, verdict, index },
      { onError: () => verdict === 'NOT_RELEVANT' && setRemoved(null) },
    );
  };
  const undo = () => {
    if (!removed) return;
    feedback.mutate({ item: removed.item, verdict: 'NONE', index: removed.index });
    setRemoved(null);
  };

  return (
    <section className="recommendations" data-testid="recommendations" data-for={ref} aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`match.title.${subject.type}`)}</h2>
      <p className="hint">{t(`match.lead.${subject.type}`)}</p>
      {isPending && <p className="status">{t('match.loading')}</p>}
      {Boolean(error) && (
        <p className="status error" role="alert" data-testid="recommendations-error">
          {t('match.error')}
        </p>
      )}
      {feedback.isError && (
        <p className="status error" role="alert" data-testid="feedback-error">
          {t('match.feedbackError')}
        </p>
      )}
      {removed && (
        <p className="status" role="status" data-testid="recommendation-removed">
          {t('match.removed', { name: pickText(removed.item.names, i18n.language) ?? '' })}{' '}
          <button type="button" className="link" ref={undoRef} data-testid="recommendation-undo" onClick={undo}>
            {t('match.undo')}
          </button>
        </p>
      )}
      {data && items.length === 0 && (
        <p className="status" data-testid="recommendations-empty">
          {t('match.empty')}
        </p>
      )}
      {items.length > 0 && (
        <ol className="recommendation-list">
          {items.map((item, index) => (
            <RecommendationItem
              key={candidateRef(item)}
              item={item}
              subject={subject}
              introduce={canIntroduce(user)}
              busy={feedback.isPending && feedback.variables?.item.id === item.id}
              onFeedback={(verdict) => give(item, index, verdict)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
