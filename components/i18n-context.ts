import { createContext, useContext } from 'react';
import { createTranslator, type Locale, type Translate } from '@/utils/i18n';

export interface I18nValue {
  locale: Locale;
  t: Translate;
}

export const I18nContext = createContext<I18nValue>({ locale: 'en', t: createTranslator('en') });

/** The translate function of the nearest I18nProvider. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}

/** The locale of the nearest I18nProvider. */
export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}
