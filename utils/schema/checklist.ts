import { z } from 'zod';
import {
  certaintySchema,
  communityTieSchema,
  evidenceSchema,
  intermediarySchema,
  liabilityFlagIdSchema,
  remoteSchema,
} from './analysis';

export const answerSourceSchema = z.enum(['auto', 'user']);
export type AnswerSource = z.infer<typeof answerSourceSchema>;

/**
 * One checklist answer: the value in force, whether the engine or the user set it,
 * the engine's own suggestion (kept when the user overrides it), the quotes it relied on and how sure
 * the suggestion is. Answers saved before certainty existed read as `likely`: an older suggestion to check.
 */
function answerOf<T extends z.ZodType>(value: T) {
  return z.object({
    value,
    source: answerSourceSchema,
    suggested: value.nullable(),
    evidence: z.array(evidenceSchema).default([]),
    certainty: certaintySchema.default('likely'),
  });
}

export const skillMatchValueSchema = z.object({
  matched: z.array(z.string().max(100)).max(500),
  missing: z.array(z.string().max(100)).max(500),
});
export type SkillMatchValue = z.infer<typeof skillMatchValueSchema>;

export const communityTieAnswerSchema = answerOf(communityTieSchema);
export const skillMatchAnswerSchema = answerOf(skillMatchValueSchema);
export const remoteAnswerSchema = answerOf(remoteSchema);
export const flagAnswerSchema = answerOf(z.boolean());
export const intermediaryAnswerSchema = answerOf(intermediarySchema);
export type IntermediaryAnswer = z.infer<typeof intermediaryAnswerSchema>;
export type FlagAnswer = z.infer<typeof flagAnswerSchema>;

/** The four questions asked of every offer. */
export const checklistSchema = z.object({
  communityTie: communityTieAnswerSchema,
  skillMatch: skillMatchAnswerSchema,
  remote: remoteAnswerSchema,
  liability: z.partialRecord(liabilityFlagIdSchema, flagAnswerSchema),
  /** Who stands between the freelancer and the end client; absent in decisions saved before it existed. */
  intermediary: intermediaryAnswerSchema.optional(),
});
export type Checklist = z.infer<typeof checklistSchema>;
export type CommunityTieAnswer = z.infer<typeof communityTieAnswerSchema>;
export type SkillMatchAnswer = z.infer<typeof skillMatchAnswerSchema>;
export type RemoteAnswer = z.infer<typeof remoteAnswerSchema>;
