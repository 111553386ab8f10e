import { useTranslation } from 'react-i18next';
import { TableHead } from '@/components/TableHead';
import { useMembers } from '../api/team';
import { MemberRow } from './MemberRow';

/** The company's members; `owner`: the viewer manages the team, `me`: the viewer's own user id. */
export function MemberTable({ companyId, owner, me }: { companyId: string; owner: boolean; me: string }) {
  const { t } = useTranslation();
  const { data: members, isPending, isError } = useMembers(companyId);

  let content;
  if (isPending) content = <p className="status">{t('app.loading')}</p>;
  else if (isError || !members) {
    content = (
      <p className="status error" role="alert" data-testid="members-error">
        {t('team.membersError')}
      </p>
    );
  } else {
    content = (
      <table className="table team-table" data-testid="members">
        <TableHead
          scope="col"
          columns={[
            t('team.name'),
            t('auth.email'),
            t('team.roleLabel'),
            t('team.joined'),
            <span className="sr-only">{t('team.actions')}</span>,
          ]}
        />
        <tbody>
          {members.map((member) => (
            <MemberRow key={member.userId} companyId={companyId} member={member} self={member.userId === me} owner={owner} />
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <section className="card" data-testid="team-members">
      <h2>{t('team.members')}</h2>
      {content}
      {owner && <p className="hint">{t('team.roleHint')}</p>}
    </section>
  );
}
