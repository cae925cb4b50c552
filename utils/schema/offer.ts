import { z } from 'zod';

/** Longest page text kept in a capture; a job post is rarely over 20 kB. */
export const MAX_CAPTURE_TEXT = 100_000;

export const offerKindSchema = z.enum(['job-post', 'dm']);
export type OfferKind = z.infer<typeof offerKindSchema>;

/** How the capture was read: a site adapter, schema.org JSON-LD, the page's readable text, a selection, or a paste. */
export const captureSourceSchema = z.enum(['adapter', 'json-ld', 'readable', 'selection', 'pasted']);
export type CaptureSource = z.infer<typeof captureSourceSchema>;

export const clientSchema = z.object({
  name: z.string().max(300).optional(),
  handle: z.string().max(300).optional(),
  profileUrl: z.string().max(2000).optional(),
  email: z.string().max(300).optional(),
  location: z.string().max(300).optional(),
});
export type Client = z.infer<typeof clientSchema>;

/** What the site itself shows about the client; each is absent when the page does not show it. */
export const trustSignalsSchema = z.object({
  paymentVerified: z.boolean().optional(),
  identityVerified: z.boolean().optional(),
  certifiedClient: z.boolean().optional(),
  escrowFunded: z.boolean().optional(),
  /** 0–100 */
  hireRate: z.number().min(0).max(100).optional(),
  totalSpent: z.string().max(100).optional(),
  /** On the site's own scale, usually 0–5. */
  rating: z.number().min(0).max(10).optional(),
  reviews: z.number().int().min(0).optional(),
  /** Jobs posted / 発注数 / 依頼実績: how many offers the client has placed on the site. */
  pastOrders: z.number().int().min(0).optional(),
  memberSince: z.string().max(100).optional(),
  /** Upwork's "Phone number verified"; shown only when it is. */
  phoneVerified: z.boolean().optional(),
  /** Freelancers the client has hired on the site. */
  hires: z.number().int().min(0).optional(),
  /** The client's average hourly rate paid, as the site states it ("$5.00/hr"). */
  avgRatePaid: z.string().max(100).optional(),
  /** How many have applied so far (LinkedIn "196 applicants", Lancers 提案数); a lower bound for "Over 200". */
  applicants: z.number().int().min(0).optional(),
});
export type TrustSignals = z.infer<typeof trustSignalsSchema>;

/** Parts of an offer a site adapter looks for; listed in `missing` when the page it recognised lacks them. */
export const captureFieldSchema = z.enum(['title', 'client', 'budget', 'posted', 'description']);
export type CaptureField = z.infer<typeof captureFieldSchema>;

/** One offer as read from a page, a selection or a paste. */
export const offerCaptureSchema = z.object({
  url: z.string().max(4000),
  /** Canonical key: the same offer seen through URL variants maps to one key. */
  key: z.string().min(1).max(4000),
  /** Site adapter id (file name under utils/sites/), or 'generic'. */
  site: z.string().min(1).max(60),
  kind: offerKindSchema,
  source: captureSourceSchema,
  title: z.string().max(500),
  text: z.string().max(MAX_CAPTURE_TEXT),
  client: clientSchema.default({}),
  budgetText: z.string().max(300).optional(),
  postedAt: z.string().max(100).optional(),
  trust: trustSignalsSchema.default({}),
  /** What the site's adapter recognised the page for but could not read, so the user checks it by eye. */
  missing: z.array(captureFieldSchema).max(10).optional(),
  capturedAt: z.iso.datetime(),
});
export type OfferCapture = z.infer<typeof offerCaptureSchema>;
