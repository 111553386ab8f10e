import type { Language } from './i18n';

/** A text in any of ja / zh / en; null where a language has none. */
export type Localized = Record<Language, string | null>;
