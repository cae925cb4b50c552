import { z } from 'zod';
import { budgetSchema, verdictSchema } from './analysis';
import { checklistSchema } from './checklist';
import { offerCaptureSchema } from './offer';

export const decisionStatusSchema = z.enum(['accepted', 'declined', 'hold']);
export type DecisionStatus = z.infer<typeof decisionStatusSchema>;

/** The offer as it was when the decision was made: the page may change or vanish later. */
export const offerSnapshotSchema = offerCaptureSchema.extend({
  /** The pay the analysis read, kept so the journal need not re-read the text. */
  budget: budgetSchema.nullable().default(null),
});
export type OfferSnapshot = z.infer<typeof offerSnapshotSchema>;

/** What happened with accepted work: what turns the log into a portfolio. */
export const outcomeSchema = z.object({
  startedAt: z.iso.date().nullable().default(null),
  deliveredAt: z.iso.date().nullable().default(null),
  amountPaid: z.number().min(0).nullable().default(null),
  currency: z.string().length(3).nullable().default(null),
  paidAt: z.iso.date().nullable().default(null),
  hoursSpent: z.number().min(0).nullable().default(null),
  /** 1–5 */
  clientRating: z.number().int().min(1).max(5).nullable().default(null),
  link: z.string().max(2000).nullable().default(null),
  testimonial: z.string().max(5000).nullable().default(null),
});
export type Outcome = z.infer<typeof outcomeSchema>;

/** Why an offer was declined, picked from a short list so the journal can count them. */
export const declineReasonSchema = z.enum([
  'rate',
  'skills',
  'remote',
  'liability',
  'scam',
  'capacity',
  'client',
  'schedule',
  'other',
]);
export type DeclineReason = z.infer<typeof declineReasonSchema>;
export const DECLINE_REASONS = declineReasonSchema.options;

/** One change of status (or of the follow-up date while on hold), oldest first. */
export const historyEntrySchema = z.object({
  at: z.iso.datetime(),
  status: decisionStatusSchema,
  followUpAt: z.iso.date().nullable().default(null),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
/** The longest history kept per decision; older entries after the first are dropped. */
export const MAX_HISTORY = 100;

/** A client's answer pasted into the decision; the checklist is re-read with it. */
export const clientReplySchema = z.object({
  text: z.string().min(1).max(20_000),
  receivedAt: z.iso.datetime(),
});
export type ClientReply = z.infer<typeof clientReplySchema>;
/** The most replies kept per decision. */
export const MAX_REPLIES = 20;

export const decisionSchema = z.object({
  id: z.string().min(1).max(100),
  offer: offerSnapshotSchema,
  checklist: checklistSchema,
  verdict: verdictSchema.nullable().default(null),
  status: decisionStatusSchema,
  note: z.string().max(10_000).default(''),
  /** Date (YYYY-MM-DD) to come back to an offer on hold. */
  followUpAt: z.iso.date().nullable().default(null),
  outcome: outcomeSchema.nullable().default(null),
  tags: z.array(z.string().min(1).max(60)).max(50).default([]),
  /** Set when declined; empty otherwise. */
  declineReasons: z.array(declineReasonSchema).max(DECLINE_REASONS.length).default([]),
  history: z.array(historyEntrySchema).max(MAX_HISTORY).default([]),
  /** The client's replies to the questions sent, oldest first; the offer text stays as it was. */
  replies: z.array(clientReplySchema).max(MAX_REPLIES).default([]),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Decision = z.infer<typeof decisionSchema>;
