import type { Evidence } from '../schema/analysis';
import type { Profile } from '../schema/profile';
import { type Found, getMatcher, scan } from './skill-matcher';
import { normalise } from './skill-normalise';
import {
  findAddresses,
  hasNeighbour,
  isBreadcrumbParent,
  isOutOfScope,
  standsAsItem,
  translationPairs,
} from './skill-scope';
import { skillParents } from './skill-taxonomy';
import { GENERIC_PARENTS, LANGUAGE_WORK, LANGUAGE_WORK_IDS, REDUNDANT_WITH, RENAMED, UMBRELLA } from './skill-words';

export { listSkills, type SkillEntry } from './skill-taxonomy';

/** A skill id as the taxonomy spells it today (profiles may hold an older spelling). */
export function canonicalSkillId(id: string): string {
  const key = id.trim().toLowerCase();
  return RENAMED[key] ?? key;
}

export interface SkillHit {
  id: string;
  evidence: Evidence;
}

/** Finds the skills an offer asks for, each with the first place it is named. */
export function extractSkills(text: string): SkillHit[] {
  const m = getMatcher();
  const s = normalise(text);
  // Addresses name hosts and scripts (cc.php, webcas.net), not skills.
  const addresses = findAddresses(s.lower);
  const all = scan(m, s);
  const found = new Map<string, SkillHit>();
  let nextAddress = 0;
  for (let i = 0; i < all.length; i++) {
    const f = all[i] as Found;
    // Each skill is quoted once, at its first mention in scope: later mentions need no more checks.
    if (found.has(f.id)) continue;
    while (nextAddress < addresses.length && (addresses[nextAddress] as [number, number])[1] <= f.start) nextAddress++;
    const address = addresses[nextAddress];
    if (address && f.start < address[1] && f.end > address[0]) continue;
    if (f.weak && !hasNeighbour(m, all, i)) continue;
    if (UMBRELLA.has(f.id) && !standsAsItem(s.lower, f.start, f.end)) continue;
    if (isBreadcrumbParent(s.lower, f.end)) continue;
    if (isOutOfScope(s.lower, f.start, f.end)) continue;
    const start = s.from[f.start] ?? 0;
    const end = s.to[f.end - 1] ?? text.length;
    found.set(f.id, { id: f.id, evidence: { field: 'skills', quote: text.slice(start, end), start, end } });
  }
  if (!found.has('translation-ja-en') && !found.has('translation-en-ja')) {
    for (const pair of translationPairs(s.lower)) {
      const start = s.from[pair.start] ?? 0;
      const end = s.to[pair.end - 1] ?? text.length;
      found.set(pair.id, { id: pair.id, evidence: { field: 'skills', quote: text.slice(start, end), start, end } });
    }
  }
  // A language counts when it is the work (translating, recording, teaching, interpreting) and no
  // translation pair already names it: "English-only pages", "British English" are context.
  const ids = [...found.keys()];
  const pair = ids.some((id) => id.startsWith('translation-'));
  const languageWork = ids.some((id) => LANGUAGE_WORK_IDS.some((w) => id === w || skillAncestors(id).includes(w)));
  if (pair || !(languageWork || LANGUAGE_WORK.test(s.lower))) {
    for (const id of found.keys()) if (m.categoryOf.get(id) === 'language') found.delete(id);
  }
  // A broader skill named beside a narrower one of its own (translation + 日英翻訳, sql + MySQL) adds nothing.
  const parents = skillParents();
  for (const id of [...found.keys()]) {
    for (let up = parents.get(id); up; up = parents.get(up)) {
      const general = found.get(up);
      if (general && GENERIC_PARENTS.has(up)) found.delete(up);
    }
  }
  for (const [id, tools] of Object.entries(REDUNDANT_WITH)) if (tools.some((t) => found.has(t))) found.delete(id);
  return [...found.values()].sort((a, b) => a.evidence.start - b.evidence.start);
}

/**
 * The broader skills above a skill, nearest first. Read from the taxonomy alone: a checklist that only
 * compares skills need not build the text matcher (tens of milliseconds in a fresh frame).
 */
export function skillAncestors(id: string): string[] {
  const parents = skillParents();
  const out: string[] = [];
  for (let up = parents.get(id); up && !out.includes(up); up = parents.get(up)) out.push(up);
  return out;
}

/**
 * Splits required skills into those the profile has and those it lacks. A profile skill covers the
 * broader skill it belongs to (PostgreSQL covers SQL); a broader profile skill only partly covers a
 * narrower one (SQL for PostgreSQL): such skills stay missing and are listed in `partial` too, with
 * the profile skill that comes close in `partialVia`.
 */
export function matchSkills(
  required: readonly string[],
  profile?: Profile,
): { matched: string[]; missing: string[]; partial: string[]; partialVia: Record<string, string> } {
  if (!profile) return { matched: [], missing: [...required], partial: [], partialVia: {} };
  const have = new Set(profile.skills.filter((s) => s.level !== 'learning').map((s) => canonicalSkillId(s.id)));
  const covered = new Set<string>();
  for (const id of have) for (const up of skillAncestors(id)) covered.add(up);
  const matched: string[] = [];
  const missing: string[] = [];
  const partial: string[] = [];
  const partialVia: Record<string, string> = {};
  for (const id of required) {
    if (have.has(id) || covered.has(id)) {
      matched.push(id);
      continue;
    }
    missing.push(id);
    const via = skillAncestors(id).find((up) => have.has(up));
    if (via) {
      partial.push(id);
      partialVia[id] = via;
    }
  }
  return { matched, missing, partial, partialVia };
}
