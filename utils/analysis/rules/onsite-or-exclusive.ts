import { any, type Rule } from './define';

/** Required physical presence or a required full-time commitment; an optional move later does not count. */
export const onsiteOrExclusive: Rule = {
  id: 'onsiteOrExclusive',
  description: 'Required presence on site or a full-time commitment.',
  scope: 'sentence',
  negatable: true,
  conditional:
    /将来的に|ゆくゆくは|いずれは|希望があれば|ご希望に応じ|相談(?:可|に応じ|の上)|later|in the future|eventually|possibility (?:of|to)|opportunity (?:to|for)|may (?:become|convert|turn|lead)|could (?:become|lead|turn)|potential(?:ly)? (?:to|for|full)|option (?:to|for|of)|optional|if (?:you|both|things)/,
  raise: {
    fullTimeJa:
      /フルタイム|週\s?5\s?(?:日|稼働|勤務)|フル稼働|フルコミット|常駐(?!スタッフ|の(?:スタッフ|サポート)|サポート)|出社必須|フル出社|1\s?人月|100\s?%稼働|月\s?1[4-8]0\s?(?:h|時間)(?:程度|以上|前後)?(?:の)?(?:稼働|勤務)/,
    officeDaysJa:
      /週\s?[2-4](?:\s?[,、〜~～-]\s?[2-5])?\s?(?:日|回)?(?:程度)?(?:は|の)?(?:[^。\n]{0,12}オフィス[^。\n]{0,6})?出社/,
    settlementJa: any(
      /1[4-8]0\s?(?:h|時間)?\s?[-〜~～]\s?(?:1[6-9]0|2[0-2]0)\s?(?:h|時間)/,
      /精算幅|人月単価|精算\s?(?:1[4-9]0|2[0-2]0)\s?(?:h|時間)|(?:1[4-9]0|2[0-2]0)\s?(?:h|時間)\s?精算/,
    ),
    fixedDayJa:
      /平日\s?(?:9|10)\s?(?:[:：]\d{2}|時)\s?[-〜~～]\s?(?:1[78]|19)(?![:：\d時]*\s?(?:の間|の範囲|の中で|内で))/,
    exclusiveJa: /他社(?:業務|から)?[^。\n]{0,20}(?:禁止|できません|不可)|兼業(?:は)?(?:禁止|できません|不可)/,
    fullTimeEn:
      /\bfull[-_ ]?time\b|(?<!\d\s?(?:-|–|to)\s?)(?<!up to )(?<!part[- ]time,? )\b(?:8|eight|9|nine|10|ten)(?:\s?(?:-|to|–)\s?(?:9|10|12))?\s?(?:hours|hrs) (?:a|per|each|every) (?:day|working day)\b(?! (?:for|during) (?:the first|one|a|two|the) (?:week|weeks|days))|available (?:for )?(?:8|9|10)(?: to \d{1,2})? hours every day|(?<!\d\s?(?:-|–|to)\s?)40\+?\s?(?:hours|hrs|h)\s?(?:a |per |\/\s?)(?:week|wk)|monday (?:to|through|-|–) friday,? (?:from )?9|\bM-F,? 9/,
    exclusiveEn: any(
      /exclusive(?:ly)? (?:with|for) us|exclusivity|no other clients/,
      // Part-time rules the applicant out: "this is not possible to do as part time".
      /(?:not possible|cannot be done|can't be done) (?:to do (?:this|it) )?as (?:a )?part[- ]time|(?:anyone|people|applicants) with (?:a|another|any other) (?:full[- ]time |day )?job (?:need not|should not|please (?:do not|don't)) apply/,
      /(?:may|shall|must|will) not (?:provide [^.\n]{0,30}services|work|take on [^.\n]{0,20}work) (?:to|for|with)? ?(?:any )?other (?:clients|agenc|compan)/,
    ),
    officeDaysEn:
      /[2-5] days (?:a|per) week (?:on[- ]site|in (?:the|our) [^.\n]{0,30}office)|on[- ]site (?:only|every day|five days)|\bin[- ]person\b/,
  },
  clear: {
    notFullTime:
      /full[-_ ]?time\]\s?\[part[- ]?time|part[- ]?time\]\s?\[full[-_ ]?time|not (?:a )?full[-_ ]?time|part[- ]time only|part[- ]time (?:or|and|\/) full[-_ ]?time|full[-_ ]?time (?:or|and|\/) part[- ]time|full[-_ ]?time\s?(?:or|\/|\|)\s?(?:contract(?:or|ing)?|freelance|part[- ]time)|(?:contract(?:or|ing)?|freelance|part[- ]time)\s?(?:or|\/|\|)\s?full[-_ ]?time|出社(?:は)?不要|no (?:office|on-?site)|出社なし|free to (?:keep )?work(?:ing)? with (?:your )?other clients|副業(?:OK|可)|兼業(?:OK|可)/,
    // Full time named as a later prospect, not asked for now ("potentially become full-time").
    laterFullTime:
      /(?:potential(?:ly)?|possib(?:le|ility|ly)|opportunity|chance|option|consideration|may (?:lead|become|turn)|could (?:lead|become|turn))[^.\n]{0,30}full[-_ ]?time|full[-_ ]?time (?:employment |position |role |hire )?(?:consideration|opportunit(?:y|ies)|potential|possibility|prospects?)\b|(?:将来的に|ゆくゆくは|今後)[^。\n]{0,12}(?:正社員|フルタイム)/,
  },
  examples: {
    match: [
      'Job type: full_time',
      'San Francisco or remote fulltime (in a US time zone)',
      'フルタイム（週5日）での参画をお願いします。',
      '精算幅140-180h、客先常駐',
      '・精算：140h～180h',
      '芝公園・麹町に週2,3出社。その他はリモート',
      '参画中は他社業務（副業を含む）との兼業はできません。',
      'Hybrid: 3 days per week on site in our Munich office.',
      'This is a full-time contract role.',
      '月160時間程度の稼働をお願いします',
      '週5稼働、フルコミットできる方',
      'Expect 40 hrs/week, Monday through Friday 9 to 5.',
      'So, this is not possible to do this as part time.',
      'You must be available for 8 to 10 hours every day.',
    ],
    noMatch: [
      'This is not a full-time role: about 10 hours a week.',
      '[HIRING][REMOTE][FULLTIME][Part-time] front-end engineer',
      'Duration: ongoing (potential for full-time)',
      'Review and Full-Time Employment Consideration: after 90 days we review the fit.',
      '- Potentially become full-time team member',
      '女性の常駐スタッフがサポートしてくれるので安心です',
      'NanoVMs | Kernel Engineer | SF, CA | Remote | Full-time/Contractor',
      'Acme | Designer | Remote | Contract or full-time',
      'Stealth startup | REMOTE | 20-40h per week freelancers',
      'Flexible hours: 2-8 hours a day, your choice.',
      'Part-time, up to 8 hours per day when we are busy.',
      'Expect 8 hours a day for one week of onboarding, then 10 hours a week.',
      'Available for part-time or full-time remote work.',
      '出社不要、週10時間程度',
      '月1回、本社での定例に出社をお願いします。',
      'You’re free to keep working with your other clients.',
      'Part-time to start, with the possibility of full-time later.',
      '将来的にはフルタイムでの参画もご相談できます。',
    ],
  },
};
