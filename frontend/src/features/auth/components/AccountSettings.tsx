import { ChangePasswordForm } from './ChangePasswordForm';
import { EmailLanguageSetting } from './EmailLanguageSetting';

/** The signed-in user's own settings on `/my`: the e-mail language and the password. */
export function AccountSettings() {
  return (
    <>
      <EmailLanguageSetting />
      <ChangePasswordForm />
    </>
  );
}
