import type { CommunityTie, LiabilityFlagId, Remote } from './schema/analysis';
import type { Checklist, FlagAnswer } from './schema/checklist';

// Pure edits of a checklist: a user's change sets source 'user' and keeps the engine's suggestion,
// so the journal can show both and a reset can bring the suggestion back.

/** Sets the community tie as the user's answer. */
export function setCommunityTie(checklist: Checklist, value: CommunityTie): Checklist {
  const answer = checklist.communityTie;
  return { ...checklist, communityTie: { ...answer, value, source: value === answer.suggested ? 'auto' : 'user' } };
}

/** Moves a skill between matched and missing, as the user's answer. */
export function toggleSkill(checklist: Checklist, skill: string): Checklist {
  const { matched, missing } = checklist.skillMatch.value;
  const value = matched.includes(skill)
    ? { matched: matched.filter((s) => s !== skill), missing: [...missing, skill] }
    : { matched: [...matched, skill], missing: missing.filter((s) => s !== skill) };
  return { ...checklist, skillMatch: { ...checklist.skillMatch, value, source: 'user' } };
}

/** Adds a skill the offer asks for that the engine missed, as the user's answer. */
export function addSkill(checklist: Checklist, skill: string, have: boolean): Checklist {
  const id = skill.trim().toLowerCase();
  const { matched, missing } = checklist.skillMatch.value;
  if (!id || matched.includes(id) || missing.includes(id)) return checklist;
  const value = have ? { matched: [...matched, id], missing } : { matched, missing: [...missing, id] };
  return { ...checklist, skillMatch: { ...checklist.skillMatch, value, source: 'user' } };
}

/** Sets the remote answer (mode, hours, time zone) as the user's answer. */
export function setRemote(checklist: Checklist, value: Remote): Checklist {
  return { ...checklist, remote: { ...checklist.remote, value, source: 'user' } };
}

/** Sets one liability flag as the user's answer. */
export function setFlag(checklist: Checklist, flag: LiabilityFlagId, value: boolean): Checklist {
  const current: FlagAnswer = checklist.liability[flag] ?? {
    value: false,
    source: 'auto',
    suggested: null,
    evidence: [],
    certainty: 'not-stated',
  };
  const source = value === current.suggested ? 'auto' : 'user';
  return { ...checklist, liability: { ...checklist.liability, [flag]: { ...current, value, source } } };
}

type Section = 'communityTie' | 'skillMatch' | 'remote';

/** Brings a section back to the engine's suggestion. */
export function resetSection(checklist: Checklist, section: Section): Checklist {
  const answer = checklist[section];
  if (answer.suggested === null) return checklist;
  return { ...checklist, [section]: { ...answer, value: answer.suggested, source: 'auto' } } as Checklist;
}
