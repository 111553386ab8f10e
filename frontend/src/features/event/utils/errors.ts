import type { TFunction } from 'i18next';
import type { FieldError } from '@/lib/api-client';

/** Where an error happened, for codes that mean different things in different places (`cap`, `deadline`). */
export type ErrorContext = 'placement' | 'request' | 'registration' | 'answer' | 'organiser' | 'survey';

/**
 * A problem in the UI language: the event catalogue's text for its context and code, else the event's general
 * text for the code, else the app's, else the server's English message.
 */
export function eventErrorText(t: TFunction, error: FieldError, context?: ErrorContext): string {
  const keys: string[] = [];
  if (context) keys.push(`event.errors.${context}.${error.code}`);
  if (/Deadline$/.test(error.field ?? '') && (error.code === 'order' || error.code === 'past')) {
    keys.push(`event.errors.deadline_${error.code}`);
  }
  keys.push(`event.errors.${error.code}`, `errors.${error.code}`);
  return t(keys, { defaultValue: error.message || t('errors.invalid') });
}
