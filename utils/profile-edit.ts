import type { SkillEntry } from './analysis';
import type { LiabilityFlagId } from './schema/analysis';

// Pure edits of a profile's fields, shared by the profile form, the welcome page and every place
// that mutes a flag (the overlay through the background, the side panel, the settings page).

/** The muted flags with `flag` muted or unmuted; a muted flag moves to the end, never twice. */
export function setFlagMuted(
  flags: readonly LiabilityFlagId[],
  flag: LiabilityFlagId,
  muted: boolean,
): LiabilityFlagId[] {
  return toggleValue(flags, flag, muted);
}

/** The list with `value` in it (at the end) or out of it. */
export function toggleValue<T extends string>(values: readonly T[], value: T, on: boolean): T[] {
  const others = values.filter((v) => v !== value);
  return on ? [...others, value] : others;
}

/** A comma- (or 、-, or line-) separated field read back into a list. */
export function splitList(value: string): string[] {
  return value
    .split(/[,、\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A list as one comma-separated field. */
export function joinList(values: readonly string[]): string {
  return values.join(', ');
}

/** A free skill's id from what the user typed: lower case, dashes for spaces, no punctuation. */
export function skillSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}.+#-]/gu, '')
    .slice(0, 100);
}

/** Finds a taxonomy skill by id, English or Japanese name, or any synonym; else a free entry's id. */
export function resolveSkill(text: string, skills: readonly SkillEntry[]): string {
  const key = text.trim().toLowerCase();
  const hit = skills.find(
    (s) =>
      s.id === key ||
      s.en.toLowerCase() === key ||
      s.ja.toLowerCase() === key ||
      s.synonyms.some((syn) => syn.toLowerCase() === key),
  );
  return hit?.id ?? skillSlug(text);
}
