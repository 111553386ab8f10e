/**
 * A message for the next page, carried in the router's location state: e.g. after leaving the company the app goes to
 * the login page and says why (`navigate('/login', { state: notice('team.leftNotice') })`). `key` is an i18n key.
 */
export interface NoticeState {
  notice?: string;
}

export const notice = (key: string): NoticeState => ({ notice: key });

/** The i18n key of the notice in a location's state, or null when there is none. */
export function noticeOf(state: unknown): string | null {
  const key = (state as NoticeState | null)?.notice;
  return typeof key === 'string' && key ? key : null;
}
