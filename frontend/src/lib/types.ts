import type { Schema } from './api-schema';
import type { Language } from './i18n';

/** A text in any of ja / zh / en; null where a language has none (the API's `Localized`). */
export type Localized = Schema<'Localized'>;

/**
 * One page of a list (`?page=0&size=50`): `page` is 0-based, `total` counts every item of every page. The document
 * names each page type after its items (`Participants.Page`); the fields come from there.
 */
export type Page<T> = Omit<Schema<'Participants.Page'>, 'items'> & { items: T[] };

type Expect<T extends true> = T;

/** The API's three languages are the UI's: `tsc` fails here if one side gains or loses one. */
export type LocalizedCoversLanguages = Expect<
  [keyof Localized] extends [Language] ? ([Language] extends [keyof Localized] ? true : false) : false
>;
