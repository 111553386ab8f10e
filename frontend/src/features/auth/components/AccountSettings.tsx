import { ChangePasswordForm } from './ChangePasswordForm';
import { DeleteAccountForm } from './DeleteAccountForm';
import { DownloadDataButton } from './DownloadDataButton';
import { EmailLanguageSetting } from './EmailLanguageSetting';

/** The signed-in user's own settings on `/my`: the e-mail language, the password, their data, and leaving for good. */
export function AccountSettings() {
  return (
    <>
      <EmailLanguageSetting />
      <ChangePasswordForm />
      <DownloadDataButton />
      <DeleteAccountForm />
    </>
  );
}
