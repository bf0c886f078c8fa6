import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang, MessageKey } from './messages.js';
import { LANG_STORAGE_KEY, formatDate, formatNumber, initialLang, pickLabel, translate } from './translate.js';

export type I18n = {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  date(iso: string | null | undefined, style?: 'long' | 'short'): string;
  number(value: number, digits?: number): string;
  label(thing: { label_sv?: string | null; label_en?: string | null }, fallback: string): string;
};

const I18nContext = createContext<I18n | null>(null);

function readStoredLang(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Holds the language; the choice persists in localStorage and is mirrored to `<html lang>`. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang(readStoredLang()));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, values) => translate(lang, key, values),
      date: (iso, style) => formatDate(lang, iso, style),
      number: (v, digits) => formatNumber(lang, v, digits),
      label: (thing, fallback) => pickLabel(lang, thing, fallback),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
