import { useTranslation } from 'react-i18next';
import { formatDate } from '@/utils/dates';
import { MemberActions, type MemberView } from './MemberActions';
import { MemberRoleSelect } from './MemberRoleSelect';

/** One member of the team: name, e-mail, role, since when, and what the viewer may do with them. */
export function MemberRow({ companyId, member, self, owner }: MemberView) {
  const { t, i18n } = useTranslation();
  return (
    <tr data-testid="member-row" data-user={member.userId} data-role={member.companyRole} data-self={self || undefined}>
      <td data-testid="member-name">
        {member.displayName}
        {self && <span className="hint"> {t('team.you')}</span>}
      </td>
      <td data-testid="member-email">{member.email}</td>
      <td>
        <MemberRoleSelect companyId={companyId} member={member} editable={owner && !self} />
      </td>
      <td>{formatDate(member.joinedAt, i18n.language)}</td>
      <td>
        <MemberActions companyId={companyId} member={member} self={self} owner={owner} />
      </td>
    </tr>
  );
}
