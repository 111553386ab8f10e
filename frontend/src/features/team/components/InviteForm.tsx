import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { InputField, SelectField } from '@/components/form/Field';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { LanguageField } from '@/components/form/LanguageField';
import { RateLimitNotice } from '@/components/form/RateLimitNotice';
import { SubmitButton } from '@/components/form/SubmitButton';
import type { CompanyRole } from '@/lib/auth/permissions';
import { clientError, placeErrors } from '@/lib/forms/fieldErrors';
import { useFormProblems } from '@/lib/forms/useFormProblems';
import { isLanguage, normaliseLanguage, type Language } from '@/lib/i18n';
import { COMPANY_ROLES, useInvite } from '../api/team';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Invites someone to the team by mail (owners): their address, their role, and the mail's language. */
export function InviteForm({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation();
  const invite = useInvite(companyId);
  const [email, setEmail] = useState('');
  const [companyRole, setCompanyRole] = useState<CompanyRole>('MEMBER');
  const [language, setLanguage] = useState<Language>(normaliseLanguage(i18n.language));
  const problems = useFormProblems();
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    setSentTo(null);
    const wrong = !address ? [clientError('email', 'required')] : EMAIL.test(address) ? [] : [clientError('email', 'email')];
    if (!problems.check(wrong)) return;
    invite.mutate(
      { email: address, companyRole, language },
      {
        onSuccess: (invitation) => {
          setSentTo(invitation?.email ?? address);
          setEmail('');
        },
        onError: (error) => problems.fail(error),
      },
    );
  };
  const placed = placeErrors(problems.errors, ['email', 'companyRole', 'language']);

  return (
    <section className="card" data-testid="team-invite">
      <h2>{t('team.inviteTitle')}</h2>
      <p className="hint">{t('team.inviteLead')}</p>
      <form onSubmit={submit} noValidate className="form narrow" data-testid="invite-form">
        <InputField path="email" label={t('auth.email')} errors={placed.at('email')} type="email" autoComplete="off"
          data-testid="invite-email" value={email} onChange={setEmail} />
        <SelectField path="companyRole" label={t('team.roleLabel')} errors={placed.at('companyRole')}
          data-testid="invite-role" value={companyRole} onChange={setCompanyRole} options={COMPANY_ROLES}
          optionLabel={(role) => t(`team.role.${role}`)} />
        <LanguageField path="language" label={t('team.mailLanguage')} errors={placed.at('language')}
          data-testid="invite-language" value={language} onChange={(value) => isLanguage(value) && setLanguage(value)} />
        <ErrorSummary errors={placed.unplaced} testId="invite-error" />
        <RateLimitNotice limited={problems.limited} messages="team.tooManyInvitations" testId="invite-limited" />
        {sentTo && (
          <p className="status success" role="status" data-testid="invite-sent">
            {t('team.inviteSent', { email: sentTo })}
          </p>
        )}
        <SubmitButton pending={invite.isPending} pendingLabel={t('team.inviting')} data-testid="invite-submit">
          {t('team.invite')}
        </SubmitButton>
      </form>
    </section>
  );
}
