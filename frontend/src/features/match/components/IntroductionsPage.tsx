import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '@/components/form/Select';
import { canIntroduce } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import { INTRODUCTION_STATUSES, useIntroductions } from '../api/introductions';
import { IntroductionCard } from './IntroductionCard';

/**
 * `/introductions`: a coordinator's introductions (an admin's: all) with their status and history, each movable to
 * the next status; members see those involving their company, read-only.
 */
export function IntroductionsPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const { data, isPending, isError } = useIntroductions();
  const [shown, setShown] = useState('');
  const editable = canIntroduce(user);

  if (isPending) return <p className="status">{t('app.loading')}</p>;
  if (isError || !data) {
    return (
      <p className="status error" role="alert" data-testid="introductions-error">
        {t('introductions.error')}
      </p>
    );
  }
  const items = shown ? data.filter((i) => i.status === shown) : data;
  return (
    <section className="introductions" data-testid="introductions-page">
      <h1>{t('introductions.title')}</h1>
      <p className="hint">{t(editable ? 'introductions.leadCoordinator' : 'introductions.leadMember')}</p>
      {data.length > 0 && (
        <label className="introductions-filter">
          {t('introductions.show')}{' '}
          <Select value={shown} data-testid="introductions-filter" onChange={setShown}
            empty={t('introductions.allStatuses', { count: data.length })} options={INTRODUCTION_STATUSES}
            optionLabel={(status) => `${t(`status.${status}`)} (${data.filter((i) => i.status === status).length})`} />
        </label>
      )}
      {items.length === 0 && (
        <p className="status" data-testid="introductions-empty">
          {t(data.length === 0 ? 'introductions.empty' : 'introductions.noneWithStatus')}
        </p>
      )}
      <ul className="introduction-list">
        {items.map((introduction) => (
          <IntroductionCard key={introduction.id} introduction={introduction} editable={editable} />
        ))}
      </ul>
    </section>
  );
}
