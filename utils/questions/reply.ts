import type { Checklist } from '../schema/checklist';
import type { ClientReply } from '../schema/decision';

/** The offer's text followed by the client's replies: what the checklist is read from once they answer. */
export function textWithReplies(text: string, replies: readonly Pick<ClientReply, 'text'>[]): string {
  return [text, ...replies.map((r) => r.text.trim()).filter(Boolean)].join('\n\n');
}

/**
 * The checklist after a re-read: every answer the user left to the engine takes the new suggestion;
 * an answer the user set stays theirs, with the engine's new suggestion kept beside it.
 */
export function mergeChecklist(current: Checklist, fresh: Checklist): Checklist {
  const keep = <A extends { source: string; suggested: unknown }>(mine: A | undefined, next: A): A =>
    mine && mine.source === 'user' ? { ...mine, suggested: next.suggested } : next;
  const liability: Checklist['liability'] = { ...current.liability };
  for (const [id, answer] of Object.entries(fresh.liability) as [
    keyof Checklist['liability'],
    NonNullable<Checklist['liability'][keyof Checklist['liability']]>,
  ][]) {
    liability[id] = keep(current.liability[id], answer);
  }
  return {
    communityTie: keep(current.communityTie, fresh.communityTie),
    skillMatch: keep(current.skillMatch, fresh.skillMatch),
    remote: keep(current.remote, fresh.remote),
    liability,
    ...(fresh.intermediary ? { intermediary: keep(current.intermediary, fresh.intermediary) } : {}),
  };
}
