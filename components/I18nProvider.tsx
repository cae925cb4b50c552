import { type ReactNode, useMemo } from 'react';
import { createTranslator, type Locale } from '@/utils/i18n';
import { I18nContext } from './i18n-context';

/** Provides strings in one locale to every component below it and sets the document's language. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslator(locale) }), [locale]);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
