import { en, type MessageKey } from './en';
import { ja } from './ja';

export type { MessageKey } from './en';
export type Locale = 'en' | 'ja';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, ja };

/** Picks the UI locale: an explicit choice wins, else the first browser language we speak, else English. */
export function pickLocale(preference: 'browser' | Locale, browserLanguages: readonly string[]): Locale {
  if (preference !== 'browser') return preference;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'ja' || base === 'en') return base;
  }
  return 'en';
}

/** Builds a translate function for one locale; `{name}` placeholders are filled from params. */
export function createTranslator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, params) => {
    const template = catalog[key] ?? en[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** Formats an ISO date or datetime as the user's calendar date (YYYY-MM-DD, local time). */
export function formatDay(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00` : value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export const catalogsForTest = catalogs;
