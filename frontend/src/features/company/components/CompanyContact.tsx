import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useCurrentUser } from '@/lib/auth/session';
import { CONTACT_DETAILS, type Contact } from '../api/company';

/**
 * The contact details this reader may see (the e-mail and phone as links), and, when the company keeps some from
 * them, how to get those: a visitor signs in; a signed-in reader gets them once the company replies to an inquiry.
 */
export function CompanyContact({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { user, isLoading } = useCurrentUser();
  const withheld = CONTACT_DETAILS.filter((detail) => (contact.withheld ?? []).includes(detail));
  const shown: Array<{ key: string; node: ReactNode }> = [];
  if (contact.person) shown.push({ key: 'person', node: <span>{contact.person}</span> });
  if (contact.email) shown.push({ key: 'email', node: <a href={`mailto:${contact.email}`}>{contact.email}</a> });
  if (contact.phone) {
    shown.push({ key: 'phone', node: <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a> });
  }

  return (
    <dd data-testid="profile-contact">
      {shown.length > 0 && (
        <span className="contact-details">
          {shown.map(({ key, node }, index) => (
            <Fragment key={key}>
              {index > 0 && ' · '}
              {node}
            </Fragment>
          ))}
        </span>
      )}
      {shown.length === 0 && withheld.length === 0 && t('company.unknown')}
      {withheld.length > 0 && !user && !isLoading && (
        <p className="contact-notice">
          <Link to="/login" state={{ from: location.pathname + location.search }} data-testid="contact-sign-in">
            {t('company.contactSignIn')}
          </Link>
        </p>
      )}
      {withheld.length > 0 && user && (
        <p className="contact-notice hint" data-testid="contact-withheld" data-withheld={withheld.join(' ')}>
          {t('company.contactWithheld', {
            details: withheld.map((detail) => t(`company.contactDetail.${detail}`)).join(t('my.separator')),
          })}
        </p>
      )}
    </dd>
  );
}
