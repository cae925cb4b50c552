import { browser } from 'wxt/browser';
import { type Locale, pickLocale } from './i18n';
import type { UiLanguage } from './schema/profile';

/** The locale for extension pages: the profile's choice, else the browser's language. */
export function resolveLocale(preference: UiLanguage = 'browser'): Locale {
  const languages: string[] = [];
  try {
    languages.push(browser.i18n.getUILanguage());
  } catch {
    // Not available in tests; navigator covers it.
  }
  if (typeof navigator !== 'undefined') languages.push(...navigator.languages);
  return pickLocale(preference, languages);
}
