import { analyzeOffer } from '../analysis';
import type { OfferAnalysis } from '../schema/analysis';
import type { Checklist } from '../schema/checklist';
import type { ClientReply } from '../schema/decision';
import type { OfferCapture } from '../schema/offer';
import type { Profile } from '../schema/profile';

/** The offer's text followed by the client's replies: what the checklist is read from once they answer. */
export function textWithReplies(text: string, replies: readonly Pick<ClientReply, 'text'>[]): string {
  return [text, ...replies.map((r) => r.text.trim()).filter(Boolean)].join('\n\n');
}

/**
 * Reads the offer again with the client's replies after it, as one offer: a cap stated in a reply clears
 * the uncapped-damages flag, a budget in a reply fills the budget.
 */
export function rereadWithReplies(
  capture: OfferCapture,
  replies: readonly Pick<ClientReply, 'text'>[],
  profile?: Profile,
): OfferAnalysis {
  const text = textWithReplies(capture.text, replies);
  return analyzeOffer(
    {
      text,
      title: capture.title,
      url: capture.url,
      site: capture.site,
      kind: capture.kind,
      client: capture.client,
      trust: capture.trust,
      budgetText: capture.budgetText,
    },
    profile,
  );
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
