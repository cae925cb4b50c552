import type { Certainty, Evidence, LiabilityFlagId } from '../schema/analysis';
import { evidenceOfHits, type Hit, matchRule, plain, type Rule } from './rules/define';
import { disguisedEmployment } from './rules/disguised-employment';
import { ipTransfer } from './rules/ip-transfer';
import { latePayment } from './rules/late-payment';
import { deadline, scopeElsewhere } from './rules/missing-terms';
import { nda } from './rules/nda';
import { externalApplication, offEscrowPayment, offPlatformMove } from './rules/off-platform-payment';
import { onsiteOrExclusive } from './rules/onsite-or-exclusive';
import { personalData } from './rules/personal-data';
import { unlimitedDamages } from './rules/unlimited-damages';
import { easyMoney, scamShape, unsolicited, upfrontFee } from './rules/upfront-fee-or-scam';
import { type PreparedText, segmentAt } from './text';

export interface FlagResult {
  value: boolean;
  evidence: Evidence[];
  certainty: Certainty;
}

/** Escrow marketplaces: a direct payment or an outside application leaves their protection behind. */
export const ESCROW_SITES = new Set(['upwork', 'freelancer', 'fiverr', 'crowdworks', 'lancers', 'coconala']);

// Escrow marketplaces without an adapter of their own, known by their address (a page screened through
// the generic reader): the platform still holds the money.
const ESCROW_HOSTS =
  /(?:^|\.)(?:peopleperhour\.com|guru\.com|shufti\.jp|freelancer\.[a-z.]+|upwork\.com|fiverr\.com|crowdworks\.jp|lancers\.jp|coconala\.com|workana\.com|malt\.[a-z]+|twine\.net)$/;

/** Whether the offer sits on an escrow marketplace: a site with an adapter, or a known marketplace's address. */
export function onEscrowMarketplace(site: string | undefined, url: string | undefined): boolean {
  if (site !== undefined && ESCROW_SITES.has(site)) return true;
  if (!url) return false;
  try {
    return ESCROW_HOSTS.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

const NONE: FlagResult = { value: false, evidence: [], certainty: 'not-stated' };

/**
 * A flag from one rule: raised by a plain match (stated); a conditional one ("NDA if needed") leaves it
 * down but says the text mentions it (likely), so the question can be put to the client.
 */
function fromRule(rule: Rule, p: PreparedText, field: string): FlagResult {
  const hits = matchRule(rule, p);
  const raised = plain(hits);
  if (raised.length) return { value: true, evidence: evidenceOfHits(p, raised, field), certainty: 'stated' };
  const conditional = hits.filter((h) => h.conditional && !h.negated);
  if (conditional.length) return { value: false, evidence: evidenceOfHits(p, conditional, field), certainty: 'likely' };
  const negated = hits.filter((h) => h.negated);
  // "No NDA", "著作権は譲渡しません": the text answers the question, with a no.
  if (negated.length) return { value: false, evidence: evidenceOfHits(p, negated, field), certainty: 'stated' };
  return NONE;
}

export interface FlagContext {
  site?: string;
  kind?: string;
  url?: string;
}

/** The contract and contact flags, each with its quotes and how sure it is. */
export function detectPatternFlags(
  p: PreparedText,
  context: FlagContext = {},
): {
  flags: Record<Exclude<LiabilityFlagId, 'latePayment' | 'missingTerms'>, FlagResult>;
  /** Money itself leaves escrow (a payment app, an account to pay into, a direct transfer on a marketplace). */
  paidOutside: boolean;
} {
  const onEscrowSite = onEscrowMarketplace(context.site, context.url);
  const disguised = plain(matchRule(disguisedEmployment, p));
  const { paidOutside, ...moved } = detectOffPlatformAndScam(p, onEscrowSite, context.kind);
  const flags = {
    unlimitedDamages: fromRule(unlimitedDamages, p, 'unlimitedDamages'),
    ipTransfer: fromRule(ipTransfer, p, 'ipTransfer'),
    nda: fromRule(nda, p, 'nda'),
    personalData: fromRule(personalData, p, 'personalData'),
    onsiteOrExclusive: fromRule(onsiteOrExclusive, p, 'onsiteOrExclusive'),
    // One daily meeting or one set of hours is ordinary; employment in all but name shows several signs.
    disguisedEmployment:
      new Set(disguised.map((h) => h.pattern)).size >= 2 || disguised.length >= 3
        ? ({
            value: true,
            evidence: evidenceOfHits(p, disguised, 'disguisedEmployment'),
            certainty: 'likely',
          } as FlagResult)
        : NONE,
    ...moved,
  };
  return { flags, paidOutside };
}

/** The LINE patterns of the move rule, and the words of an application or a question sent by it. */
const LINE_PATTERNS = new Set(['lineApp', 'lineKatakana', 'lineLinks', 'lineId']);
const APPLY_WORDS_JA = /応募|エントリー|問い?合わ?せ|ご相談|質問/;

/** Payment patterns that are money leaving escrow, as opposed to contact leaving the platform. */
const PAYMENT_PATTERNS = new Set(['paymentApps', 'paymentJa', 'paymentDirect', 'accountTransfer']);

function detectOffPlatformAndScam(
  p: PreparedText,
  onEscrowSite: boolean,
  kind: string | undefined,
): { offPlatformPayment: FlagResult; upfrontFeeOrScam: FlagResult; paidOutside: boolean } {
  const moves = plain(matchRule(offPlatformMove, p));
  const escrowLeft = onEscrowSite ? plain(matchRule(offEscrowPayment, p)) : [];
  const applyOutside = onEscrowSite ? plain(matchRule(externalApplication, p)) : [];
  const paid = [...moves.filter((h) => PAYMENT_PATTERNS.has(h.pattern)), ...escrowLeft];
  const asked = plain(matchRule(unsolicited, p));
  const easy = plain(matchRule(easyMoney, p));
  const unasked = kind === 'dm' || asked.length > 0;
  // A company's own recruiting page that takes applications or questions by LINE (LINEで応募, LINEで
  // お問い合わせ) has no platform to leave: it is how many Japanese employers recruit. Off a marketplace, in a
  // post nobody was sent unasked and that promises no easy money, that channel is not a move; on a
  // marketplace, in a message, beside a promise of easy money, or for anything but applying, it still is.
  const ownChannel = (h: Hit) =>
    !onEscrowSite &&
    !unasked &&
    easy.length === 0 &&
    LINE_PATTERNS.has(h.pattern) &&
    APPLY_WORDS_JA.test(segmentAt(p, 'sentence', h.start)?.text ?? '');
  const contact = moves.filter((h) => !PAYMENT_PATTERNS.has(h.pattern) && !ownChannel(h));
  // A post that promises easy money to anyone ("great for students", "get paid while you train") and sends
  // applicants to a chat app is the same shape, posted to many. A day rate or "no experience needed" alone
  // is how honest shift work is advertised too: those do not count here.
  const broadcast = kind !== 'dm' && easy.some((h) => h.pattern === 'promiseEn' || h.pattern === 'promiseJa');

  const allMoves: Hit[] = [...paid, ...contact, ...applyOutside].sort((a, b) => a.start - b.start);
  // Money outside escrow, or a chat app in a message nobody asked for, is stated; a contact move in a
  // job post is likely: it is how many scams start, and how some honest clients work.
  const offPlatformPayment: FlagResult = allMoves.length
    ? {
        value: true,
        evidence: evidenceOfHits(p, [...paid, ...contact, ...applyOutside], 'offPlatformPayment'),
        certainty: paid.length || (contact.length && unasked) ? 'stated' : 'likely',
      }
    : NONE;

  const paidOutside = paid.length > 0;
  const fee = plain(matchRule(upfrontFee, p));
  if (fee.length)
    return {
      paidOutside,
      offPlatformPayment,
      upfrontFeeOrScam: { value: true, evidence: evidenceOfHits(p, fee, 'upfrontFeeOrScam'), certainty: 'stated' },
    };
  const shape = plain(matchRule(scamShape, p));
  // The classic shape: unsolicited contact, easy or outsized pay, and a move to a messaging app.
  const classic =
    contact.length > 0 && easy.length > 0 && (unasked || broadcast) ? [...asked, ...easy, ...contact] : [];
  const signs = [...shape, ...classic].sort((a, b) => a.start - b.start);
  return {
    paidOutside,
    offPlatformPayment,
    upfrontFeeOrScam: signs.length
      ? { value: true, evidence: evidenceOfHits(p, signs, 'upfrontFeeOrScam'), certainty: 'likely' }
      : NONE,
  };
}

/** Payment later than 60 days after delivery (Japan's freelance law sets 60). */
export function detectLatePayment(p: PreparedText): FlagResult {
  const late = plain(matchRule(latePayment, p)).filter((h) => {
    const quote = p.norm.slice(h.start, h.end);
    const days = Number(
      quote
        .match(/(\d{2,3})\)?\s?(?:days?|日)|net\s?(\d{2,3})|ネット\s?(\d{2,3})/i)
        ?.slice(1)
        .find(Boolean) ?? Number.NaN,
    );
    return Number.isNaN(days) ? /翌々|third|fourth|3rd|4th/i.test(quote) : days > 60;
  });
  return late.length ? { value: true, evidence: evidenceOfHits(p, late, 'latePayment'), certainty: 'stated' } : NONE;
}

const SCOPE_MIN_CHARS = 80;
const SHORT_POST_CHARS = 400;

/** Fee or scope missing from what the client wrote (the freelance law's written terms). */
export function detectMissingTerms(p: PreparedText, hasBudget: boolean): FlagResult {
  const length = p.norm.replace(/\s+/g, '').length;
  // "Details on LINE" leaves the scope unwritten only when the post itself says little.
  const elsewhere = plain(matchRule(scopeElsewhere, p));
  if (elsewhere.length && length < SHORT_POST_CHARS)
    return { value: true, evidence: evidenceOfHits(p, elsewhere, 'missingTerms', 2), certainty: 'stated' };
  const missing: string[] = [];
  if (!hasBudget) missing.push('fee');
  if (plain(matchRule(deadline, p)).length === 0) missing.push('deadline');
  if (length < SCOPE_MIN_CHARS) missing.push('scope');
  // A job post with pay and enough description is not flagged for lacking a date alone.
  const value = missing.includes('fee') || missing.includes('scope');
  return { value, evidence: [], certainty: value ? 'likely' : 'not-stated' };
}
