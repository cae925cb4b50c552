import { listSkills } from './analysis/skill-taxonomy';
import { canonicalSkillId } from './analysis/skills';
import type { Locale } from './i18n';

let byId: Map<string, { en: string; ja: string }> | null = null;

/** A function naming skill ids in the UI language (older ids by their new name); free entries keep their id. */
export function createSkillLabeler(locale: Locale): (id: string) => string {
  byId ??= new Map(listSkills().map((s) => [s.id, { en: s.en, ja: s.ja }]));
  return (id) => byId?.get(id)?.[locale] ?? byId?.get(canonicalSkillId(id))?.[locale] ?? id;
}
