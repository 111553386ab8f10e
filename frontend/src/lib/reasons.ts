import type { Schema } from './api-schema';
import type { Localized } from './types';

/**
 * Why a candidate fits (a recommendation, an event's recommended participant): a stable code and the explanation in
 * three languages. Codes: `technology`, `certification`, `region`, `window`, `sme_class`, `designation`, `verified`,
 * `text`, `mutual`, `use`, ….
 */
export type Reason = Schema<'Reasons.Reason'>;

/** The order in which another language stands in for the UI language's missing text. */
const FALLBACK = ['en', 'ja', 'zh'] as const;

export interface ReasonLabel {
  text: string;
  /** The language of the text; null when it is the catalogue's generic name for the code (UI language). */
  language: string | null;
}

/**
 * A reason as the UI shows it: `text[UI language]`, else the text in another language (English, Japanese,
 * Chinese), else the catalogue's name for its code (`genericName`, e.g. "Technology match"), else the bare code.
 */
export function reasonLabel(
  reason: { code: string; text: Partial<Localized> | null },
  language: string,
  genericName: (code: string) => string | null,
): ReasonLabel {
  const texts = (reason.text ?? {}) as Record<string, string | null | undefined>;
  const own = texts[language]?.trim();
  if (own) return { text: own, language };
  for (const other of FALLBACK) {
    const text = texts[other]?.trim();
    if (text) return { text, language: other };
  }
  return { text: genericName(reason.code) ?? reason.code, language: null };
}
