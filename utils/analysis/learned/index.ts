import type { Evidence, Verdict } from '../../schema/analysis';
import { levelFor } from '../verdict';
import { type LearnedScores, type LearnedWeights, learnedWeightsSchema, scoreWith } from './model';
import rawWeights from './weights.json';

export {
  type LearnedJudgment,
  type LearnedJudgmentId,
  type LearnedPhrase,
  type LearnedScores,
  learnedJudgmentIds,
  learnedWeightsSchema,
} from './model';

let weights: LearnedWeights | null = null;

/** The committed weights, validated once on first use. */
export function loadLearnedWeights(): LearnedWeights {
  weights ??= learnedWeightsSchema.parse(rawWeights);
  return weights;
}

/**
 * The learned scorer's judgments of an offer text (scam shape, remote, personal data, full-time
 * commitment): for each a probability, whether it reached its threshold, and the phrases that weighed
 * most, with offsets into `text`. Pure and deterministic; no network, no globals.
 */
export function scoreLearned(text: string): LearnedScores {
  return scoreWith(loadLearnedWeights(), text);
}

/** A flag raised by the learned scorer alone: never more than a likely finding. */
export interface LearnedFinding {
  value: true;
  evidence: Evidence[];
  certainty: 'likely';
}

/**
 * The scam suspicion as a likely `upfrontFeeOrScam` finding, quoting the phrases that weighed most;
 * null when the model does not reach its threshold.
 */
export function learnedScamFinding(scores: LearnedScores): LearnedFinding | null {
  const scam = scores.scam;
  if (!scam.likely || scam.phrases.length === 0) return null;
  return {
    value: true,
    evidence: scam.phrases.map((p) => ({ field: 'upfrontFeeOrScam', quote: p.quote, start: p.start, end: p.end })),
    certainty: 'likely',
  };
}

/**
 * A verdict in which a learned suspicion counts as "check first" and never as "walk away": its points and
 * any dealbreaker it triggered are taken out, then a go becomes a caution. What the rules found stands.
 */
export function capLearnedVerdict(verdict: Verdict): Verdict {
  const others = verdict.reasons.filter((r) => !(r.item === 'liability' && r.code === 'upfrontFeeOrScam'));
  const raw = 100 + others.reduce((sum, r) => sum + r.impact, 0);
  let score = Math.max(0, Math.min(100, Math.round(raw)));
  const dealbreaker = others.some((r) => r.dealbreaker);
  if (dealbreaker) score = Math.min(score, 20);
  const level = dealbreaker ? 'no-go' : levelFor(score);
  const capped = level === 'go' ? Math.min(score, 69) : score;
  const reason = { item: 'liability' as const, code: 'upfrontFeeOrScam', impact: capped - score, dealbreaker: false };
  return {
    score: capped,
    level: level === 'go' ? 'caution' : level,
    reasons: [...others, reason].sort((a, b) => Number(b.dealbreaker) - Number(a.dealbreaker) || a.impact - b.impact),
  };
}
