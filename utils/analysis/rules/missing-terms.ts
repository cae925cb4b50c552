import type { Rule } from './define';

/** The written offer leaves the work itself to a later chat. */
export const scopeElsewhere: Rule = {
  id: 'scopeElsewhere',
  description: 'Details of the work are left to a chat or call instead of the offer.',
  scope: 'sentence',
  raise: {
    ja: /詳細は(?:LINE|ライン|Telegram|DM|メッセージ|お電話|面談)で/,
    en: /(?:details|scope|more)[^.\n]{0,20}(?:on|via|in|over) (?:telegram|whatsapp|a call|dm)|explained (?:on|via|in) (?:telegram|whatsapp)|let'?s (?:chat|talk) about (?:a|the) project/,
  },
  examples: {
    match: ['詳細はLINEでお伝えします', 'More details on Telegram.'],
    noMatch: ['詳細は以下の通りです', 'Details are below.'],
  },
};

/** A deadline, duration or start is written. */
export const deadline: Rule = {
  id: 'deadline',
  description: 'The offer names a deadline, a duration or a start date.',
  scope: 'sentence',
  raise: {
    ja: /納期|納品(?:希望)?日|期限|締切|〆切|\d{1,3}\s?(?:週間|ヶ月|か月|カ月)|契約期間|稼働開始|至急|長期|継続/,
    en: /deadline|due (?:date|by)|by (?:the end of|next|mid-|early|late)|within \d+ (?:days|weeks)|(?<!\d)\d{1,3}\s?(?:weeks?|months?)\b|duration|project length|start date|\basap\b|ongoing|long[- ]term/,
  },
  examples: {
    match: ['納期：2週間', 'Deadline: end of May', 'Ongoing work.'],
    noMatch: ['ご応募ください', 'Send us a message.'],
  },
};
