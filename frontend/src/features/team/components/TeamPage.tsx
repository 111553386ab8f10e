import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { hasCompany, isCompanyOwner } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import { pickText } from '@/utils/pickName';
import { DeleteCompanyForm } from './DeleteCompanyForm';
import { InvitationList } from './InvitationList';
import { InviteForm } from './InviteForm';
import { MemberTable } from './MemberTable';

/**
 * `/my/team`: the signed-in member's team. Everyone sees the members and may leave; owners also manage roles,
 * invitations and the company itself (the others never ask for the invitations, which only owners may read).
 */
export function TeamPage() {
  const { t, i18n } = useTranslation();
  const { user } = useCurrentUser();

  if (!hasCompany(user)) {
    return (
      <p className="status" data-testid="team-no-company">
        {t('my.noCompany')}
      </p>
    );
  }
  const owner = isCompanyOwner(user);
  const company = pickText(user.companyNames, i18n.language) ?? t('company.unnamed');
  return (
    <section className="team" data-testid="team-page" data-owner={owner}>
      <Link to="/my" className="back">
        ← {t('team.back')}
      </Link>
      <h1>{t('team.title', { company })}</h1>
      <MemberTable companyId={user.companyId} owner={owner} me={user.id} />
      {owner && <InvitationList companyId={user.companyId} />}
      {owner && <InviteForm companyId={user.companyId} />}
      {owner && <DeleteCompanyForm companyId={user.companyId} />}
    </section>
  );
}
