import type { Localized } from '@/lib/types';
import { availableLanguages } from '@/utils/pickName';
import { LanguageBadge } from './LanguageBadge';

/** Every language a text exists in, the UI language first, each marked with its badge. */
export function LocalizedText({
  texts,
  language,
  testId,
}: {
  texts: Partial<Localized> | null | undefined;
  language: string;
  testId?: string;
}) {
  const languages = [...availableLanguages(texts)].sort((a, b) => Number(b === language) - Number(a === language));
  return (
    <>
      {languages.map((l) => (
        <p key={l} className="description" lang={l} data-testid={testId}>
          <LanguageBadge language={l} /> {texts?.[l]}
        </p>
      ))}
    </>
  );
}
