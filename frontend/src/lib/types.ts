import type { Language } from './i18n';

/** A text in any of ja / zh / en; null where a language has none. */
export type Localized = Record<Language, string | null>;

/** One page of a list (`?page=0&size=50`): `page` is 0-based, `total` counts every item of every page. */
export interface Page<T> {
  total: number;
  page: number;
  size: number;
  items: T[];
}
