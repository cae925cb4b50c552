import type { Certainty, CommunityTie, Lang, LiabilityFlagId } from '../schema/analysis';

/** Text in both languages the extension writes for: English plain professional, Japanese polite business. */
export type Bilingual = Record<Lang, string>;

/** How a flag's answer reads: raised (the offer says it), only likely, or the text is silent about it. */
export type FlagState = 'raised' | 'likely' | 'silent';

/**
 * What makes an item open, read from the checklist and the analysis by ./open-items.ts:
 * - `answer`: the answer's certainty is one of `open` (and the user has not set it);
 * - `flag`: the flag reads as one of `when`; a silent flag counts only while the text never uses the words
 *   of `mentioned` (the engine drops a match that its own clause clears, which reads as silence);
 * - `hours`: no working hours are written, and the pay is not a fixed price;
 * - `tie`: the community tie is one of `ties`;
 * - `paymentTerm`: no payment date or term is written and no escrow pays on delivery.
 */
export type Trigger =
  | { answer: 'budget' | 'remote' | 'skills' | 'intermediary'; open: readonly Exclude<Certainty, 'stated'>[] }
  | { flag: LiabilityFlagId; when: readonly FlagState[]; mentioned?: RegExp }
  | { hours: true }
  | { tie: readonly CommunityTie[] }
  | { paymentTerm: true };

/** One thing an offer can leave open: when it is open, what to ask the client, and why it matters. */
export interface QuestionEntry {
  id: string;
  trigger: Trigger;
  /** The sentence for the message to the client, one per entry. */
  question: Bilingual;
  /** One line for the user: what an unanswered item can cost them. */
  reason: Bilingual;
  /** Ticked from the start: the items that decide whether the offer is worth it at all. */
  preselect: boolean;
}

/**
 * Every question, in the order a message asks them. Adding a question is one entry here; the test in
 * test/utils/questions/bank.test.ts checks each has both languages and a reason in both.
 */
export const QUESTIONS: readonly QuestionEntry[] = [
  {
    id: 'budget',
    trigger: { answer: 'budget', open: ['not-stated', 'likely'] },
    question: {
      en: 'What budget or rate do you have in mind for this work?',
      ja: '本件のご予算（報酬額）の目安をお教えいただけますでしょうか。',
    },
    reason: {
      en: 'Without a figure you cannot compare the offer with your minimum rate.',
      ja: '金額がわからないと、ご自身の最低単価と比べられません。',
    },
    preselect: true,
  },
  {
    id: 'hours',
    trigger: { hours: true },
    question: {
      en: 'Roughly how many hours a week do you expect, and are there fixed working hours?',
      ja: '想定されている稼働時間（週あたりの目安）と、決まった稼働時間帯の有無をお教えいただけますでしょうか。',
    },
    reason: {
      en: 'The hours decide whether the work fits beside your main job.',
      ja: '本業と両立できるかどうかは稼働時間で決まります。',
    },
    preselect: true,
  },
  {
    id: 'remote',
    trigger: { answer: 'remote', open: ['not-stated', 'likely'] },
    question: {
      en: 'Can the work be done fully remotely, or will any days on site be needed?',
      ja: '作業はすべてリモートで対応可能でしょうか。出社や訪問が必要な日がございましたらお知らせください。',
    },
    reason: {
      en: 'Days on site cost travel time and may not fit your week.',
      ja: '出社日があると移動時間がかかり、予定に合わないことがあります。',
    },
    preselect: true,
  },
  {
    id: 'damagesCap',
    trigger: { flag: 'unlimitedDamages', when: ['raised', 'likely'] },
    question: {
      en: 'Could liability for damages be capped, for example at the fee for this work?',
      ja: '損害賠償について、本件の委託料を上限とするなど、上限を設けていただくことは可能でしょうか。',
    },
    reason: {
      en: 'Without a cap, one mistake can cost more than the whole job pays.',
      ja: '上限がないと、一度のミスで報酬を超える賠償を負うおそれがあります。',
    },
    preselect: true,
  },
  {
    id: 'paymentTerm',
    trigger: { paymentTerm: true },
    question: {
      en: 'When would payment be made after delivery?',
      ja: 'お支払いの時期（納品から何日後になるか）をお教えいただけますでしょうか。',
    },
    reason: {
      en: 'Payment within 60 days of delivery is the rule under Japan’s 2024 freelance law, and a fair standard anywhere.',
      ja: 'フリーランス法（2024年施行）では、納品から60日以内の支払いが定められています。',
    },
    preselect: true,
  },
  {
    id: 'latePayment',
    trigger: { flag: 'latePayment', when: ['raised', 'likely'] },
    question: {
      en: 'The payment term is more than 60 days after delivery. Could it be shortened to 60 days or less?',
      ja: 'お支払いが納品から60日を超える条件となっておりますが、60日以内に短縮していただくことは可能でしょうか。',
    },
    reason: {
      en: 'Japan’s 2024 freelance law sets 60 days; a longer wait is money you lend the client.',
      ja: 'フリーランス法では60日以内の支払いが定められており、それより長い支払いサイトは不利です。',
    },
    preselect: true,
  },
  {
    id: 'writtenTerms',
    trigger: { flag: 'missingTerms', when: ['raised', 'likely'] },
    question: {
      en: 'Before I start, could you send the terms in writing: the fee, the scope of work, the deadline and the payment date?',
      ja: '作業開始前に、報酬額・業務内容・納期・支払期日を書面（メールでも構いません）でご提示いただけますでしょうか。',
    },
    reason: {
      en: 'Japan’s 2024 freelance law requires these terms in writing; they protect both sides.',
      ja: 'フリーランス法（2024年施行）で、これらの条件を書面等で明示することが義務付けられています。',
    },
    preselect: true,
  },
  {
    id: 'copyright',
    trigger: {
      flag: 'ipTransfer',
      when: ['raised', 'likely', 'silent'],
      mentioned: /著作権|知的財産|copyright|intellectual property|\bIP\b|ownership|licen[cs]e/i,
    },
    question: {
      en: 'Who will hold the copyright in the work, from when (for example, once payment is made), and may I show it in my portfolio?',
      ja: '成果物の著作権の帰属と移転の時期（お支払い完了時など）、また実績としてポートフォリオに掲載してよいかをご教示いただけますでしょうか。',
    },
    reason: {
      en: 'Rights that pass before payment, or a ban on showing the work, leave you with nothing to show for it.',
      ja: '支払い前に権利が移ったり、実績として公開できなかったりすると不利になります。',
    },
    preselect: false,
  },
  {
    id: 'ndaScope',
    trigger: { flag: 'nda', when: ['raised', 'likely'] },
    question: {
      en: 'What information would the NDA cover, and for how long?',
      ja: '秘密保持契約の対象となる情報の範囲と、有効期間をご教示いただけますでしょうか。',
    },
    reason: {
      en: 'A confidentiality duty with no scope or end date can bind you indefinitely.',
      ja: '範囲や期間の定めがない守秘義務は、際限なく続くおそれがあります。',
    },
    preselect: false,
  },
  {
    id: 'personalData',
    trigger: { flag: 'personalData', when: ['raised', 'likely'] },
    question: {
      en: 'What personal data would I handle, and how should it be stored and deleted?',
      ja: '業務で取り扱う個人情報の範囲と、保管・削除の方法についてご教示いただけますでしょうか。',
    },
    reason: {
      en: 'If personal data leaks, you can be held liable for it.',
      ja: '個人情報が漏えいした場合、責任を問われるおそれがあります。',
    },
    preselect: false,
  },
  {
    id: 'onPlatform',
    trigger: { flag: 'offPlatformPayment', when: ['likely'] },
    question: {
      en: 'Can we keep the contract, messages and payment on the platform?',
      ja: 'ご契約・やり取り・お支払いは、こちらのサービス上で行わせていただけますでしょうか。',
    },
    reason: {
      en: 'Off the platform, its escrow and support no longer protect you.',
      ja: 'サービス外に移ると、仮払いやサポートによる保護が受けられなくなります。',
    },
    preselect: false,
  },
  {
    id: 'noFee',
    trigger: { flag: 'upfrontFeeOrScam', when: ['likely'] },
    question: {
      en: 'Could you confirm that I will not need to pay anything (fees, materials or training) at any point?',
      ja: '念のため、研修費や教材費など、私から費用をお支払いする必要は一切ないという理解でよろしいでしょうか。',
    },
    reason: {
      en: 'A real client pays you; a fee to get started is the most common scam.',
      ja: '受注者が費用を支払う案件は、典型的な詐欺の手口です。',
    },
    preselect: false,
  },
  {
    id: 'onsiteOrExclusive',
    trigger: { flag: 'onsiteOrExclusive', when: ['likely'] },
    question: {
      en: 'Does the work require being on site, or working for you only?',
      ja: '常駐や専属（他の案件をお受けしないこと）が条件となりますでしょうか。',
    },
    reason: {
      en: 'Either would rule out your main job or other clients.',
      ja: 'どちらも、本業や他の案件との両立ができなくなります。',
    },
    preselect: false,
  },
  {
    id: 'workingStyle',
    trigger: { flag: 'disguisedEmployment', when: ['raised', 'likely'] },
    question: {
      en: 'Will I set my own hours and way of working, or are there fixed hours and meetings I must attend?',
      ja: '作業の時間や進め方はこちらで決めてよろしいでしょうか。決まった勤務時間や参加必須の会議はございますか。',
    },
    reason: {
      en: 'Fixed hours and orders make it a job without an employee’s protections.',
      ja: '時間や指示で拘束される場合、実質は雇用なのに労働者としての保護が受けられません。',
    },
    preselect: false,
  },
  {
    id: 'intermediary',
    trigger: { answer: 'intermediary', open: ['likely'] },
    question: {
      en: 'Would I be contracting with you directly, or through an agency?',
      ja: 'ご契約は貴社と直接でしょうか、それとも仲介会社（エージェント）を通してでしょうか。',
    },
    reason: {
      en: 'It decides who pays you and who answers when something goes wrong.',
      ja: '誰から報酬を受け取り、トラブルの際に誰が対応するかが決まります。',
    },
    preselect: false,
  },
  {
    id: 'skills',
    trigger: { answer: 'skills', open: ['not-stated'] },
    question: {
      en: 'Which tools or technologies would the work use?',
      ja: '使用するツールや技術（言語・ソフトなど）をお教えいただけますでしょうか。',
    },
    reason: {
      en: 'The offer names no skills, so you cannot tell whether you have them.',
      ja: '必要なスキルが書かれておらず、ご自身に合うか判断できません。',
    },
    preselect: false,
  },
  {
    id: 'community',
    trigger: { tie: ['cold'] },
    question: {
      en: 'How did you find my profile, and could you tell me a little about your company?',
      ja: '差し支えなければ、私をお知りになった経緯と、貴社について簡単にお教えいただけますでしょうか。',
    },
    reason: {
      en: 'With no community or contact in common, there is no one to ask about this client.',
      ja: '共通のコミュニティや知人がおらず、このクライアントについて確認できる相手がいません。',
    },
    preselect: false,
  },
];

/** The entry for an id, or undefined for an id no longer in the bank (a draft saved by an older version). */
export function findQuestion(id: string): QuestionEntry | undefined {
  return QUESTIONS.find((q) => q.id === id);
}
