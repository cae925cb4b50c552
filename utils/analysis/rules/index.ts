import { notOfferPay, payContext } from './budget';
import type { Rule } from './define';
import { disguisedEmployment } from './disguised-employment';
import { agent, direct, platformTerms } from './intermediary';
import { ipTransfer } from './ip-transfer';
import { latePayment } from './late-payment';
import { deadline, scopeElsewhere } from './missing-terms';
import { nda } from './nda';
import { externalApplication, offEscrowPayment, offPlatformMove } from './off-platform-payment';
import { onsiteOrExclusive } from './onsite-or-exclusive';
import { personalData } from './personal-data';
import { remoteFull, remoteHybrid, remoteOnsite, remotePhysical, remoteRegions } from './remote';
import { unlimitedDamages } from './unlimited-damages';
import { easyMoney, scamShape, unsolicited, upfrontFee } from './upfront-fee-or-scam';

/** Every rule, by the file it lives in: the one list the analyzers and the example test read. */
export const RULES_BY_FILE: Record<string, Rule[]> = {
  budget: [payContext, notOfferPay],
  'disguised-employment': [disguisedEmployment],
  intermediary: [agent, direct, platformTerms],
  'ip-transfer': [ipTransfer],
  'late-payment': [latePayment],
  'missing-terms': [scopeElsewhere, deadline],
  nda: [nda],
  'off-platform-payment': [offPlatformMove, offEscrowPayment, externalApplication],
  'onsite-or-exclusive': [onsiteOrExclusive],
  'personal-data': [personalData],
  remote: [remoteFull, remoteHybrid, remoteOnsite, remotePhysical, remoteRegions],
  'unlimited-damages': [unlimitedDamages],
  'upfront-fee-or-scam': [upfrontFee, scamShape, unsolicited, easyMoney],
};

export {
  agent,
  deadline,
  direct,
  disguisedEmployment,
  easyMoney,
  externalApplication,
  ipTransfer,
  latePayment,
  nda,
  notOfferPay,
  offEscrowPayment,
  offPlatformMove,
  onsiteOrExclusive,
  payContext,
  personalData,
  remoteFull,
  remoteHybrid,
  remoteOnsite,
  remotePhysical,
  remoteRegions,
  scamShape,
  scopeElsewhere,
  unlimitedDamages,
  unsolicited,
  upfrontFee,
};
