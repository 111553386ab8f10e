import { useTranslation } from 'react-i18next';
import type { MetBefore, Phase, ParticipantRole, Priority, RequestStatus } from '../api/types';
import { pickText } from '@/utils/pickName';

/**
 * One of the event's codes (a phase, role, status or priority) as a badge: `className` ends in a prefix for the code's
 * own class, the text is the code's name under `messages` (the code itself when the catalogue has none).
 */
function CodeBadge({
  code,
  messages,
  className,
  testId,
  data,
}: {
  code: string;
  messages: string;
  className: string;
  testId: string;
  /** The name of a data attribute that carries the code. */
  data?: string;
}) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${className}-${code.toLowerCase()}`} data-testid={testId} {...(data && { [`data-${data}`]: code })}>
      {t(`${messages}.${code}`, { defaultValue: code })}
    </span>
  );
}

export function PhaseBadge({ phase }: { phase: Phase }) {
  return <CodeBadge code={phase} messages="event.phase" className="phase phase" testId="event-phase" data="phase" />;
}

export function RoleBadge({ role }: { role: ParticipantRole }) {
  return <CodeBadge code={role} messages="event.role" className="role role" testId="participant-role" data="role" />;
}

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return (
    <CodeBadge code={status} messages="event.requestStatus" className="request-status status" testId="request-status"
      data="status" />
  );
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  return <CodeBadge code={priority} messages="event.priority" className="priority priority" testId="request-priority-badge" />;
}

export function MutualBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge mutual" data-testid="mutual-badge" title={t('event.mutualHint')}>
      {t('event.mutual')}
    </span>
  );
}

/** "Met before" with the earlier events' names (in the UI language). */
export function MetBeforeBadge({ metBefore }: { metBefore: MetBefore[] | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (!metBefore || metBefore.length === 0) return null;
  const names = metBefore.map((m) => pickText(m.names, i18n.language) ?? t('event.untitled'));
  return (
    <span className="badge met-before" data-testid="met-before" title={names.join(t('event.separator'))}>
      {t('event.metBefore', { events: names.join(t('event.separator')) })}
    </span>
  );
}
