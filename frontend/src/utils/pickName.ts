import type { Localized } from '@/lib/types';

const FALLBACK_ORDER = ['ja', 'en', 'zh'] as const;

/** The text in the UI language if there is one, else the first of ja, en, zh that exists. */
export function pickText(texts: Partial<Localized> | null | undefined, language: string): string | null {
  if (!texts) return null;
  const own = (texts as Record<string, string | null | undefined>)[language];
  if (own) return own;
  for (const fallback of FALLBACK_ORDER) {
    const text = texts[fallback];
    if (text) return text;
  }
  return null;
}

/** The languages a text exists in, in the platform's order. */
export function availableLanguages(texts: Partial<Localized> | null | undefined): Array<keyof Localized> {
  return (['ja', 'zh', 'en'] as const).filter((language) => Boolean(texts?.[language]));
}
