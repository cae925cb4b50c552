import type { Certainty, Evidence, LiabilityFlagId } from '../schema/analysis';
import { liabilityFlagIds } from '../schema/analysis';
import type { Checklist } from '../schema/checklist';

/** One answer the text does not settle: what to ask the client about, and the words that raised it. */
export interface OpenQuestion {
  item: 'communityTie' | 'skillMatch' | 'remote' | 'intermediary' | LiabilityFlagId;
  certainty: Exclude<Certainty, 'stated'>;
  /** The value the engine suggests until the client answers. */
  value: unknown;
  evidence: Evidence[];
}

/**
 * The answers of a checklist that are only likely or not stated, flags first: the questions a
 * freelancer may want to put to the client. Answers the user set themselves are settled.
 */
export function openQuestions(checklist: Checklist): OpenQuestion[] {
  const out: OpenQuestion[] = [];
  const push = (
    item: OpenQuestion['item'],
    answer: { value: unknown; source: string; certainty: Certainty; evidence: Evidence[] } | undefined,
  ) => {
    if (answer && answer.source !== 'user' && answer.certainty !== 'stated')
      out.push({ item, certainty: answer.certainty, value: answer.value, evidence: answer.evidence });
  };
  for (const id of liabilityFlagIds) push(id, checklist.liability[id]);
  push('remote', checklist.remote);
  push('intermediary', checklist.intermediary);
  push('skillMatch', checklist.skillMatch);
  push('communityTie', checklist.communityTie);
  return out;
}
