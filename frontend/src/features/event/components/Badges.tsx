import { useTranslation } from 'react-i18next';
import type { MetBefore, Phase, ParticipantRole, Priority, RequestStatus } from '../api/types';
import { pickText } from '@/utils/pickName';

export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return (
    <span className={`badge phase phase-${phase.toLowerCase()}`} data-testid="event-phase" data-phase={phase}>
      {t(`event.phase.${phase}`, { defaultValue: phase })}
    </span>
  );
}

export function RoleBadge({ role }: { role: ParticipantRole }) {
  const { t } = useTranslation();
  return (
    <span className={`badge role role-${role.toLowerCase()}`} data-testid="participant-role" data-role={role}>
      {t(`event.role.${role}`, { defaultValue: role })}
    </span>
  );
}

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge request-status status-${status.toLowerCase()}`} data-testid="request-status" data-status={status}>
      {t(`event.requestStatus.${status}`, { defaultValue: status })}
    </span>
  );
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return (
    <span className={`badge priority priority-${priority.toLowerCase()}`} data-testid="request-priority-badge">
      {t(`event.priority.${priority}`, { defaultValue: priority })}
    </span>
  );
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
