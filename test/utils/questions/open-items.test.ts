import { describe, expect, it } from 'vitest';
import { analyzeOffer, suggestChecklist } from '../../../utils/analysis';
import { setCommunityTie, setFlag, setRemote } from '../../../utils/checklist-edit';
import { openItems } from '../../../utils/questions';

interface Case {
  name: string;
  text: string;
  site?: string;
  kind?: 'dm' | 'job-post';
  open: string[];
  closed: string[];
}

const CASES: Case[] = [
  {
    name: 'an English DM with no budget and uncapped damages',
    text: 'Hi, we need a React developer to build a booking widget for our clinic. You will be liable for all damages arising from the work. Deadline: end of January.',
    kind: 'dm',
    open: ['budget', 'hours', 'remote', 'damagesCap', 'paymentTerm', 'community'],
    closed: ['latePayment', 'ndaScope'],
  },
  {
    name: 'a Japanese request with no budget and uncapped damages',
    text: 'Webサイトのコーディングをお願いします。受注者は本業務に関して生じた一切の損害を賠償するものとします。納期：2週間。',
    kind: 'dm',
    open: ['budget', 'remote', 'damagesCap', 'paymentTerm', 'writtenTerms'],
    closed: ['latePayment'],
  },
  {
    name: 'an offer that states pay, hours, remote, a cap and the payment date',
    text: 'Fully remote React work, about 10 hours a week. Budget: $40/hour. Liability is limited to the fees paid. Payment within 30 days of each invoice. NDA not required. You retain copyright; we get a non-exclusive licence to use the work.',
    kind: 'job-post',
    site: 'generic',
    open: [],
    closed: ['budget', 'remote', 'damagesCap', 'paymentTerm', 'writtenTerms', 'ndaScope', 'copyright', 'hours'],
  },
  {
    name: 'an NDA with no scope and a payment at net 90',
    text: 'Fully remote. Budget: $3,000 fixed. A standard NDA is required. Payment terms: net 90. Deadline in 4 weeks.',
    kind: 'job-post',
    site: 'generic',
    open: ['ndaScope', 'latePayment'],
    closed: ['paymentTerm', 'budget', 'remote', 'hours'],
  },
  {
    name: 'a Japanese post on an escrow site, paid within 60 days by the platform',
    text: '【フルリモート】記事作成のお仕事です。報酬：1記事5,000円。納期：1週間。秘密保持が必要な場合は別途ご相談します。',
    kind: 'job-post',
    site: 'lancers',
    open: ['ndaScope'],
    closed: ['paymentTerm', 'budget', 'remote', 'damagesCap', 'intermediary'],
  },
];

describe('openItems', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const analysis = analyzeOffer({ text: c.text, site: c.site, kind: c.kind });
    const ids = openItems(analysis, { text: c.text }).map((item) => item.id);
    for (const id of c.open) expect(ids, `${id} should be open`).toContain(id);
    for (const id of c.closed) expect(ids, `${id} should be settled`).not.toContain(id);
  });

  it('quotes the words that raised a flag question', () => {
    const text = 'You will be liable for all damages arising from the work.';
    const damages = openItems(analyzeOffer({ text, kind: 'dm' }), { text }).find((i) => i.id === 'damagesCap');
    expect(damages?.evidence.map((e) => e.quote).join(' ')).toMatch(/liable for all damages/);
  });

  it('settles what the user answered in the checklist', () => {
    const text =
      'Hi, we need a React developer for a booking widget. You will be liable for all damages. Cold message.';
    const analysis = analyzeOffer({ text, kind: 'dm' });
    const before = openItems(analysis, { text }).map((i) => i.id);
    expect(before).toEqual(expect.arrayContaining(['remote', 'damagesCap', 'community']));

    let checklist = suggestChecklist(analysis);
    checklist = setRemote(checklist, { mode: 'full', hours: '10h / week', timeZone: null });
    checklist = setFlag(checklist, 'unlimitedDamages', false);
    checklist = setCommunityTie(checklist, 'referral');
    const after = openItems(analysis, { text }, checklist).map((i) => i.id);
    expect(after).not.toContain('remote');
    expect(after).not.toContain('hours');
    expect(after).not.toContain('damagesCap');
    expect(after).not.toContain('community');
    expect(after).toContain('budget');
  });

  it('asks about a flag the user raised themselves', () => {
    const text = 'Fully remote. Budget: $500 fixed. Deadline in 2 weeks.';
    const analysis = analyzeOffer({ text, site: 'generic' });
    expect(openItems(analysis, { text }).map((i) => i.id)).not.toContain('ndaScope');
    const checklist = setFlag(suggestChecklist(analysis), 'nda', true);
    expect(openItems(analysis, { text }, checklist).map((i) => i.id)).toContain('ndaScope');
  });
});

describe('openItems on pay and hours', () => {
  it.each([
    ['an hourly rate', 'Fully remote. Rate: $40/hour. Deadline in 4 weeks.', true],
    ['a monthly fee', 'フルリモート。月額30万円。契約期間3ヶ月。', true],
    ['a fixed price', 'Fully remote. Budget: $3,000 fixed. Deadline in 4 weeks.', false],
  ])('asks the weekly hours for %s only when they are the pay', (_name, text, asked) => {
    const ids = openItems(analyzeOffer({ text, site: 'generic' }), { text }).map((i) => i.id);
    expect(ids.includes('hours')).toBe(asked);
  });
});
