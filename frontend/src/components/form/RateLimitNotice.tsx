import { useTranslation } from 'react-i18next';

/**
 * Says that the server refused for too many requests (see `rateLimited`): `{messages}` counts the minutes to wait,
 * `{messages}Later` is for when the server did not say how long.
 */
export function RateLimitNotice({
  limited,
  messages,
  testId,
  inline = false,
}: {
  limited: { minutes: number | null } | null;
  messages: string;
  testId: string;
  /** A `<span>` (inside a line of text) rather than a paragraph. */
  inline?: boolean;
}) {
  const { t } = useTranslation();
  if (!limited) return null;
  const Element = inline ? 'span' : 'p';
  return (
    <Element className="status error" role="alert" data-testid={testId}>
      {limited.minutes == null ? t(`${messages}Later`) : t(messages, { count: limited.minutes })}
    </Element>
  );
}
