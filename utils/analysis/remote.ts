import type { Evidence, Remote, RemoteMode } from '../schema/analysis';
import { findEvidence, firstMatch, quoteAround } from './evidence';

// Ordered strongest first: a negation of remote beats any mention of remote.
const ONSITE =
  /リモート(?:勤務|ワーク)?(?:は)?(?:不可|なし|NG|できません)|在宅(?:勤務)?(?:は)?(?:不可|NG)|出社必須|フル出社|常駐|客先常駐|現地(?:作業|勤務)|on-?site only|fully on-?site|100% on-?site|no remote|not (?:a )?remote|remote (?:work )?(?:is not|isn't|is n't|not) (?:possible|available|allowed)|(?:work location|location): in[- ]person|in[- ]person only|on-?site (?:five|5) days|in[- ]office (?:5|five) days|must (?:be|work) (?:on-?site|in (?:the|our) office)|relocation required|work on-?site/gi;
const HYBRID =
  /週\s*[1-4一二三四１-４]\s*日?(?:程度)?(?:は|の)?[^。\n]{0,24}出社|月\s*[1-9一二三１-９]\s*(?:回|日)?(?:程度)?[^。\n]{0,40}出社|一部リモート|リモート併用|ハイブリッド|hybrid|[1-4]\s*(?:days?|x) (?:a|per) week (?:in|at) (?:the|our) office|(?:one|two|three|four) days? (?:a|per) week (?:in|at) (?:the|our) office|occasional(?:ly)? (?:in[- ]office|office visits?|on-?site)|partially remote|remote with (?:occasional|some) (?:office|on-?site)/gi;
const FULL =
  /フルリモート|完全リモート|完全在宅|在宅(?:勤務|ワーク|作業|OK|可|で)|リモート(?:可|OK|ワーク|作業|勤務|で)|出社不要|場所を問わず|場所(?:は|ともに)?(?:自由|問いません|を問わず)|居住地(?:は)?(?:問いません|不問|自由)|(?:すべて|全て|完全)オンライン|オンライン(?:で)?完結|fully remote|100% remote|remote[- ]first|remote[- ]only|work from home|work from anywhere|work (?:from )?wherever|wherever you (?:like|want)|everything is remote|wfh|TELECOMMUTE|\bremote(?:ly)?\b/gi;

const HOURS =
  /\d{1,2}[:：]\d{2}\s*[-–〜~～]\s*\d{1,2}[:：]\d{2}|\d{1,2}\s*時\s*[-–〜~～]\s*\d{1,2}\s*時|(?:週|1週間に?)\s*\d{1,2}\s*(?:[-〜~～]\s*\d{1,2}\s*)?時間|1日\s*\d{1,2}\s*(?:[-〜~～]\s*\d{1,2}\s*)?時間|\d{1,2}\s*(?:[-–]\s*\d{1,2}\s*)?(?:hours?|hrs?|h)\s*(?:a|per|\/)\s*(?:week|wk|day)|(?:full|part)[- ]time|フルタイム|\d{3}\s*[-〜~～]\s*\d{3}\s*h/gi;
const TIME_ZONE =
  /\b(?:JST|PST|PDT|EST|EDT|CST|CET|CEST|GMT|UTC|IST|AEST|AEDT|BST|SGT|HKT|KST)(?:\s*[+-]\s*\d{1,2})?\b|日本時間|米国(?:東|西)部時間/g;

/** Reads where the work happens (full, hybrid, on-site, unknown), the hours and the time zone. */
export function analyzeRemote(text: string): { remote: Remote; evidence: Evidence[] } {
  const onsite = findEvidence(text, ONSITE, 'remote');
  const hybrid = findEvidence(text, HYBRID, 'remote');
  const full = findEvidence(text, FULL, 'remote');
  let mode: RemoteMode = 'unknown';
  let evidence: Evidence[] = [];
  if (onsite.length) [mode, evidence] = ['onsite', onsite];
  else if (hybrid.length) [mode, evidence] = ['hybrid', hybrid];
  else if (full.length) [mode, evidence] = ['full', full];
  const hours = firstMatch(text, HOURS);
  const zone = firstMatch(text, TIME_ZONE);
  const extra = [hours, zone]
    .filter((m): m is { value: string; index: number } => m !== null)
    .map((m) => quoteAround(text, m.index, m.index + m.value.length, 'remote'));
  return {
    remote: { mode, hours: hours?.value.trim() ?? null, timeZone: zone?.value.trim() ?? null },
    evidence: [...evidence, ...extra],
  };
}
