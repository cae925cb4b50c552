import type { PastedOffer } from '@/components/PasteForm';
import type { ScreeningActions } from '@/components/Screening';
import { analyzeOffer } from '@/utils/analysis';
import type { Capacity } from '@/utils/capacity';
import { getDecisionByKey, getProfile, saveDecision, saveProfile } from '@/utils/db';
import { asResult } from '@/utils/db/results';
import { readCapacity } from '@/utils/journal-capacity';
import { setFlagMuted } from '@/utils/profile-edit';
import type { OfferAnalysis } from '@/utils/schema/analysis';
import type { Decision } from '@/utils/schema/decision';
import type { OfferCapture } from '@/utils/schema/offer';
import type { Profile } from '@/utils/schema/profile';
import { capturePasted } from '@/utils/sites';

/** A pasted offer, captured and analysed, with what is recorded for it. */
export type PastedScreen = {
  pasted: PastedOffer;
  capture: OfferCapture;
  profile: Profile;
  analysis: OfferAnalysis;
  existing: Decision | null;
  capacity: Capacity | null;
};

/** The side panel writes straight to IndexedDB: it lives in the extension's own origin. */
export const panelActions: ScreeningActions = {
  saveDecision: (decision) => asResult(() => saveDecision(decision)),
  muteFlag: (flag, muted) =>
    asResult(async () => {
      const profile = await getProfile();
      return saveProfile({ ...profile, mutedFlags: setFlagMuted(profile.mutedFlags, flag, muted) });
    }),
};

/** Weekly hours available against accepted work in progress; null when the journal cannot be read. */
export function readPanelCapacity(profile: Profile): Promise<Capacity | null> {
  return readCapacity(profile).catch(() => null);
}

/** Screens a pasted offer as the overlay would screen a page. */
export async function screenPasted(pasted: PastedOffer): Promise<PastedScreen> {
  const capture = capturePasted({ text: pasted.text, sender: pasted.sender, url: pasted.url || undefined });
  const profile = await getProfile();
  // A pasted link to an offer already decided shows that decision, as the overlay would.
  const existing = pasted.url ? ((await getDecisionByKey(capture.key)) ?? null) : null;
  const capacity = await readPanelCapacity(profile);
  return { pasted, capture, profile, existing, capacity, analysis: analyzeOffer(capture, profile) };
}
