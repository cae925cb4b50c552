import { listSkills } from './analysis';
import type { Locale } from './i18n';

let byId: Map<string, { en: string; ja: string }> | null = null;

/** A function naming skill ids in the UI language; free entries keep their id. */
export function createSkillLabeler(locale: Locale): (id: string) => string {
  byId ??= new Map(listSkills().map((s) => [s.id, { en: s.en, ja: s.ja }]));
  return (id) => byId?.get(id)?.[locale] ?? id;
}
