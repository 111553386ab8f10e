import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/StatusBadge';
import type { Thread, ThreadSummary } from '../api/inquiries';
import { counterpartName, subjectTitle, subjectType } from '../utils/describe';

/**
 * Subject (with its kind), counterpart ("anonymous company" while hidden, "deleted company" once deleted) and status:
 * shared by the list and the thread.
 */
export function ThreadHeading({ thread }: { thread: Thread | ThreadSummary }) {
  const { t, i18n } = useTranslation();
  const type = subjectType(thread.subject);
  const counterpart = counterpartName(thread.counterpart, i18n.language);
  return (
    <>
      <span className="thread-subject" data-testid="thread-subject">
        {type && <span className="badge">{t(`subjectType.${type}`, { defaultValue: type })}</span>}{' '}
        {subjectTitle(thread.subject, i18n.language) ?? t('inbox.noSubject')}
      </span>
      <span className="thread-counterpart" data-testid="thread-counterpart">
        {thread.counterpartDeleted ? t('inbox.deletedCompany') : (counterpart ?? t('listing.anonymousCompany'))}
      </span>
      <StatusBadge status={thread.status} testId="thread-status" />
    </>
  );
}
