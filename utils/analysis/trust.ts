import type { TrustSignals } from '../schema/offer';

export type TrustCode =
  | 'payment-verified'
  | 'payment-unverified'
  | 'identity-verified'
  | 'identity-unverified'
  | 'certified-client'
  | 'escrow-funded'
  | 'low-hire-rate'
  | 'low-rating'
  | 'no-history';

/** Points each sign the site shows adds to or takes from the verdict. */
export const TRUST_POINTS: Record<TrustCode, number> = {
  'payment-verified': 3,
  'payment-unverified': -10,
  'identity-verified': 2,
  'identity-unverified': -8,
  'certified-client': 3,
  'escrow-funded': 4,
  'low-hire-rate': -5,
  'low-rating': -8,
  'no-history': -3,
};

/** What the site's own trust signals say about the client; absent signals say nothing. */
export function assessTrust(trust: TrustSignals | undefined): TrustCode[] {
  if (!trust) return [];
  const out: TrustCode[] = [];
  if (trust.paymentVerified === true) out.push('payment-verified');
  if (trust.paymentVerified === false) out.push('payment-unverified');
  if (trust.identityVerified === true) out.push('identity-verified');
  if (trust.identityVerified === false) out.push('identity-unverified');
  if (trust.certifiedClient) out.push('certified-client');
  if (trust.escrowFunded) out.push('escrow-funded');
  const history = trust.pastOrders ?? trust.reviews;
  // A low hire rate means something only for a client who has posted before.
  if (trust.hireRate !== undefined && trust.hireRate < 30 && (history ?? 1) > 0) out.push('low-hire-rate');
  if (trust.rating !== undefined && trust.rating < 4 && (trust.reviews ?? 0) >= 3) out.push('low-rating');
  if (history === 0) out.push('no-history');
  return out;
}
