import { analyzeOffer } from '../analysis';
import type { OfferAnalysis } from '../schema/analysis';
import type { ClientReply } from '../schema/decision';
import type { OfferCapture } from '../schema/offer';
import type { Profile } from '../schema/profile';
import { textWithReplies } from './reply';

// Kept out of utils/questions/index.ts: the whole engine comes with it, and the overlay loads it only
// when a reply is read (the background reads the offer itself).
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
