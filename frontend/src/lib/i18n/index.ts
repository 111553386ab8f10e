import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ja from './ja.json';
import zh from './zh.json';

export const LANGUAGES = ['ja', 'zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const catalogues = { ja, zh, en } as const;

const STORAGE_KEY = 'musubi.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A language tag as one of ours: `ja-JP` → `ja`, `zh-Hans-CN` → `zh`; English for anything else. */
export function normaliseLanguage(value: string | null | undefined): Language {
  const primary = (value ?? '').trim().slice(0, 2).toLowerCase();
  return isLanguage(primary) ? primary : 'en';
}

/** The saved choice, else the browser's language (ja / zh / en), else English. */
export function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isLanguage(saved)) return saved;
  const browser = (globalThis.navigator?.language ?? 'en').slice(0, 2).toLowerCase();
  return isLanguage(browser) ? browser : 'en';
}

export function changeLanguage(language: Language) {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  return i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, zh: { translation: zh }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

export default i18n;
