import { assessTrust } from '@/utils/analysis/trust';
import type { MessageKey } from '@/utils/i18n';
import type { TrustSignals } from '@/utils/schema/offer';
import { useT } from './i18n-context';

/** The client's trust signals as the site shows them: verified or not, and their track record. */
export function TrustList({ trust }: { trust: TrustSignals }) {
  const t = useT();
  const signs: { key: string; text: string; good: boolean }[] = assessTrust(trust).map((code) => ({
    key: code,
    text: t(`trust.${code}` as MessageKey),
    good:
      code.endsWith('-verified') && !code.endsWith('unverified')
        ? true
        : code === 'certified-client' || code === 'escrow-funded',
  }));
  // Upwork shows the phone line only once it is verified; it informs, it does not move the verdict.
  if (trust.phoneVerified) signs.push({ key: 'phone-verified', text: t('trust.phone-verified'), good: true });
  const facts: string[] = [];
  if (trust.hireRate !== undefined) facts.push(t('trustHireRate', { value: trust.hireRate }));
  if (trust.rating !== undefined)
    facts.push(
      trust.reviews !== undefined
        ? t('trustRating', { rating: trust.rating, reviews: trust.reviews })
        : t('trustRatingOnly', { rating: trust.rating }),
    );
  if (trust.pastOrders !== undefined) facts.push(t('trustPastOrders', { count: trust.pastOrders }));
  if (trust.totalSpent) facts.push(t('trustSpent', { value: trust.totalSpent }));
  if (trust.hires !== undefined) facts.push(t('trustHires', { count: trust.hires }));
  if (trust.avgRatePaid) facts.push(t('trustAvgRate', { value: trust.avgRatePaid }));
  if (trust.memberSince) facts.push(t('trustMemberSince', { value: trust.memberSince }));
  if (trust.applicants !== undefined) facts.push(t('trustApplicants', { count: trust.applicants }));
  if (signs.length === 0 && facts.length === 0) return null;
  return (
    <div className="trust" data-testid="trust-signals">
      <p className="trust-heading">{t('trustHeading')}</p>
      <ul>
        {signs.map((sign) => (
          <li key={sign.key} className={sign.good ? 'good' : 'bad'} data-trust={sign.key}>
            <span aria-hidden="true">{sign.good ? '✓' : '!'}</span> {sign.text}
          </li>
        ))}
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
    </div>
  );
}
