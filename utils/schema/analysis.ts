import { z } from 'zod';

export const langSchema = z.enum(['en', 'ja']);
export type Lang = z.infer<typeof langSchema>;

/** A quote from the offer text that an answer relied on; offsets index into the analysed text. */
export const evidenceSchema = z.object({
  field: z.string().max(100),
  quote: z.string().max(1000),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * How sure an answer is: `stated` (the text says it), `likely` (inferred from hints, a condition or the
 * site) or `not-stated` (the text is silent). Questions for the client start from the last two.
 */
export const certaintySchema = z.enum(['stated', 'likely', 'not-stated']);
export type Certainty = z.infer<typeof certaintySchema>;

/** Who stands between the freelancer and the end client, and so who carries trouble first. */
export const intermediarySchema = z.enum(['agent', 'platform', 'direct', 'unknown']);
export type Intermediary = z.infer<typeof intermediarySchema>;

export const remoteModeSchema = z.enum(['full', 'hybrid', 'onsite', 'unknown']);
export type RemoteMode = z.infer<typeof remoteModeSchema>;

export const remoteSchema = z.object({
  mode: remoteModeSchema,
  hours: z.string().max(200).nullable().default(null),
  timeZone: z.string().max(100).nullable().default(null),
});
export type Remote = z.infer<typeof remoteSchema>;

export const budgetUnitSchema = z.enum(['fixed', 'hour', 'day', 'month', 'year']).nullable();
export const budgetSchema = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** ISO 4217 */
  currency: z.string().length(3).nullable(),
  unit: budgetUnitSchema,
});
export type Budget = z.infer<typeof budgetSchema>;

export const liabilityFlagIds = [
  'unlimitedDamages',
  'ipTransfer',
  'nda',
  'personalData',
  'offPlatformPayment',
  'upfrontFeeOrScam',
  'onsiteOrExclusive',
  'latePayment',
  'missingTerms',
  'disguisedEmployment',
] as const;
export const liabilityFlagIdSchema = z.enum(liabilityFlagIds);
export type LiabilityFlagId = z.infer<typeof liabilityFlagIdSchema>;

export const communityTieSchema = z.enum(['known-personally', 'referral', 'same-community', 'platform', 'cold']);
export type CommunityTie = z.infer<typeof communityTieSchema>;

export const verdictLevelSchema = z.enum(['go', 'caution', 'no-go']);
export type VerdictLevel = z.infer<typeof verdictLevelSchema>;

/** Checklist sections a verdict reason can point at. */
export const checklistItemIdSchema = z.enum(['communityTie', 'skillMatch', 'remote', 'liability', 'budget']);
export type ChecklistItemId = z.infer<typeof checklistItemIdSchema>;

export const verdictReasonSchema = z.object({
  item: checklistItemIdSchema,
  /** A flag id, a skill id, a mode: what in the item moved the score. */
  code: z.string().max(100),
  /** Points taken from (negative) or added to the score. */
  impact: z.number(),
  dealbreaker: z.boolean().default(false),
});
export type VerdictReason = z.infer<typeof verdictReasonSchema>;

export const verdictSchema = z.object({
  score: z.number().min(0).max(100),
  level: verdictLevelSchema,
  reasons: z.array(verdictReasonSchema),
});
export type Verdict = z.infer<typeof verdictSchema>;

export const liabilityFlagSchema = z.object({
  value: z.boolean(),
  evidence: z.array(evidenceSchema),
  certainty: certaintySchema.default('not-stated'),
});

/** What the analysis engine reads from an offer; every answer carries its evidence. */
export const offerAnalysisSchema = z.object({
  lang: langSchema,
  remote: remoteSchema,
  skills: z.object({
    required: z.array(z.string()),
    matched: z.array(z.string()),
    missing: z.array(z.string()),
  }),
  budget: budgetSchema.nullable(),
  liability: z.object({
    flags: z.record(liabilityFlagIdSchema, liabilityFlagSchema),
  }),
  platformEscrow: z.boolean().nullable(),
  intermediary: z
    .object({ value: intermediarySchema, evidence: z.array(evidenceSchema) })
    .default({ value: 'unknown', evidence: [] }),
  /** How sure the answers without a flag of their own are. */
  certainty: z
    .object({
      remote: certaintySchema,
      budget: certaintySchema,
      skills: certaintySchema,
      intermediary: certaintySchema,
      platformEscrow: certaintySchema,
    })
    .default({
      remote: 'not-stated',
      budget: 'not-stated',
      skills: 'not-stated',
      intermediary: 'not-stated',
      platformEscrow: 'not-stated',
    }),
  community: z.object({
    tie: communityTieSchema,
    /** Name of the community or contact that matched, when one did. */
    via: z.string().nullable().default(null),
  }),
  verdict: verdictSchema,
  evidence: z.array(evidenceSchema),
});
export type OfferAnalysis = z.infer<typeof offerAnalysisSchema>;
