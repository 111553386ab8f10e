import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/utils/dates';
import { useDevMail } from '../api/devMail';

const LINK = /(https?:\/\/\S+)/;
const IS_LINK = /^https?:\/\//;

/** Text with its web addresses as links, so a reset or invitation link can be followed from here. */
function Linked({ text }: { text: string }) {
  return (
    <>
      {text.split(LINK).map((piece, index) =>
        IS_LINK.test(piece) ? (
          <a key={index} href={piece} data-testid="dev-mail-link">{piece}</a>
        ) : (
          <Fragment key={index}>{piece}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * The run command's mailbox: every mail the app sent to the embedded SMTP server, newest first. In any other
 * environment the API answers 404 and the page says so.
 */
export function DevMailPage() {
  const { t, i18n } = useTranslation();
  const mail = useDevMail();
  return (
    <section className="dev-mail" data-testid="dev-mail">
      <h1>{t('devMail.title')}</h1>
      <p className="hint">{t('devMail.intro')}</p>
      {mail.isError && <p data-testid="dev-mail-unavailable">{t('devMail.unavailable')}</p>}
      {mail.data && mail.data.length === 0 && <p data-testid="dev-mail-empty">{t('devMail.empty')}</p>}
      <ol className="dev-mail-list">
        {(mail.data ?? []).map((m) => (
          <li key={m.id} data-testid="dev-mail-item">
            <details>
              <summary>
                <strong data-testid="dev-mail-subject">{m.subject}</strong>{' '}
                <span className="meta">
                  {t('devMail.to', { to: m.to })} · <time dateTime={m.receivedAt}>{formatDateTime(m.receivedAt, i18n.language)}</time>
                </span>
              </summary>
              <pre className="dev-mail-text" data-testid="dev-mail-text"><Linked text={m.text} /></pre>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
