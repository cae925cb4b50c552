import { z } from 'zod';
import { liabilityFlagIdSchema, remoteModeSchema } from './analysis';

export const skillLevelSchema = z.enum(['strong', 'working', 'learning']);

export const profileSkillSchema = z.object({
  /** Canonical skill id from the analysis taxonomy, or a free entry. */
  id: z.string().min(1).max(100),
  level: skillLevelSchema.default('working'),
  years: z.number().min(0).max(80).nullable().default(null),
});
export type ProfileSkill = z.infer<typeof profileSkillSchema>;

export const communitySchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  kind: z.enum(['salon', 'discord', 'slack', 'meetup', 'alumni', 'company', 'other']).default('other'),
  aliases: z.array(z.string().max(200)).default([]),
  memberHandles: z.array(z.string().max(200)).default([]),
  emailDomains: z.array(z.string().max(200)).default([]),
});
export type Community = z.infer<typeof communitySchema>;

export const contactSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  handles: z.array(z.string().max(200)).default([]),
  profileUrls: z.array(z.string().max(2000)).default([]),
  email: z.string().max(300).nullable().default(null),
  knownAs: z.enum(['friend', 'former-colleague', 'community', 'referral']).default('friend'),
});
export type Contact = z.infer<typeof contactSchema>;

export const minimumRateSchema = z.object({
  currency: z.string().length(3),
  unit: z.enum(['fixed', 'hour', 'day', 'month']),
  amount: z.number().min(0),
});

export const dealbreakerSchema = z.enum([
  'unlimitedDamages',
  'offPlatformPayment',
  'upfrontFeeOrScam',
  'onsiteOrExclusive',
  'disguisedEmployment',
  'ipTransfer',
  'personalData',
  'latePayment',
]);

export const uiLanguageSchema = z.enum(['browser', 'en', 'ja']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

/** The user's own profile: what skill match and community tie are judged against. */
export const profileSchema = z.object({
  skills: z.array(profileSkillSchema).default([]),
  communities: z.array(communitySchema).default([]),
  contacts: z.array(contactSchema).default([]),
  preferences: z
    .object({
      remote: z.enum(['full-only', 'hybrid-ok', 'onsite-ok']).default('hybrid-ok'),
      minimumRates: z.array(minimumRateSchema).default([]),
      weeklyHours: z.number().min(0).max(168).nullable().default(null),
      languages: z.array(z.enum(['en', 'ja'])).default([]),
    })
    .default({ remote: 'hybrid-ok', minimumRates: [], weeklyHours: null, languages: [] }),
  /** Relative weight per checklist section, 0–3; 1 is the default. */
  weights: z
    .object({
      communityTie: z.number().min(0).max(3).default(1),
      skillMatch: z.number().min(0).max(3).default(1),
      remote: z.number().min(0).max(3).default(1),
      liability: z.number().min(0).max(3).default(1),
    })
    .default({ communityTie: 1, skillMatch: 1, remote: 1, liability: 1 }),
  dealbreakers: z.array(dealbreakerSchema).default(['upfrontFeeOrScam']),
  mutedFlags: z.array(liabilityFlagIdSchema).default([]),
  remoteModesAccepted: z.array(remoteModeSchema).optional(),
  uiLanguage: uiLanguageSchema.default('browser'),
});
export type Profile = z.infer<typeof profileSchema>;

/** A fresh profile with every default filled in. */
export function createDefaultProfile(): Profile {
  return profileSchema.parse({});
}
