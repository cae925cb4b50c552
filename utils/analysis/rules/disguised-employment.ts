import { any, type Rule } from './define';

/** Signs of employment in all but name; the flag needs two of them (../liability.ts). */
export const disguisedEmployment: Rule = {
  id: 'disguisedEmployment',
  description:
    'A sign of employment in disguise: set hours, daily reports, orders from a manager, a ban on other work.',
  scope: 'sentence',
  negatable: true,
  raise: {
    meetingsJa: /朝礼|朝会|終礼|タイムカード|打刻|出退勤|日報|勤怠(?:の)?報告/,
    hoursJa: /9\s?(?::00|時)\s?[-〜~～]\s?18\s?(?::00|時)/,
    banJa:
      /兼業禁止|副業禁止|他の(?:仕事|案件)(?:は|を)?[^。\n]{0,6}(?:禁止|不可|控え)|他社[^。\n]{0,20}(?:禁止|できません)/,
    ordersJa:
      /(?:上長|上司|社員|リーダー|ディレクター|マネージャー|SV)(?:の|から)(?:指示|指揮|命令)|指示に従(?:い|って)|指示のもと|指揮命令/,
    en: any(
      /clock in|time ?sheets? (?:daily|every day)|report (?:daily )?to (?:our|the|a|your) [^.\n]{0,20}(?:manager|supervisor|lead)/,
      /fixed (?:working )?hours (?:of|from)|no other (?:jobs|employment|work)|dress code|(?:daily|mandatory) (?:team )?(?:stand-?ups?|morning meetings?)|morning meeting/,
      /(?:shifts|hours|schedule) (?:are )?set by|assigns? your (?:daily )?tasks|follow (?:the )?(?:daily )?instructions of/,
      /(?:may|shall|must) not (?:provide [^.\n]{0,30}services|work) (?:to|for) (?:any )?other|company-issued|monday (?:to|-|–) friday,? 9/,
    ),
  },
  examples: {
    match: [
      '毎朝9:00の朝礼に参加',
      '社員の指示に従って作業し、毎日日報を提出してください。',
      'Clock in at 9 every day.',
    ],
    noMatch: ['Work any hours you like.', '納期だけ守っていただければ時間は自由です'],
  },
};
