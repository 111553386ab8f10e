import type { Localized } from '@/lib/types';

type Texts = Partial<Localized> | null | undefined;

const FALLBACK_ORDER = ['ja', 'en', 'zh'] as const;

/** The language whose text is shown: the UI language if the text exists in it, else the first of ja, en, zh. */
export function pickLanguage(texts: Texts, language: string): keyof Localized | null {
  if (!texts) return null;
  if ((texts as Record<string, string | null | undefined>)[language]) return language as keyof Localized;
  return FALLBACK_ORDER.find((fallback) => Boolean(texts[fallback])) ?? null;
}

/** The text in the UI language if there is one, else the first of ja, en, zh that exists (null if none). */
export function pickText(texts: Texts, language: string): string | null {
  const chosen = pickLanguage(texts, language);
  return chosen ? (texts?.[chosen] ?? null) : null;
}

/** The languages a text exists in, in the platform's order. */
export function availableLanguages(texts: Texts): Array<keyof Localized> {
  return (['ja', 'zh', 'en'] as const).filter((language) => Boolean(texts?.[language]));
}
