import type { CommunityTie, Evidence } from '../schema/analysis';
import type { Client } from '../schema/offer';
import type { Profile } from '../schema/profile';
import { findEvidence, firstMatch, quoteAround } from './evidence';

// 「田中さんから紹介」: one character of the name before さん is enough to tell, and a pattern that starts with a
// run of them would try that run at every position of a long text.
const REFERRAL =
  /ご?紹介(?:で|を受け|いただ|してもら|により|頂|されて)|紹介者|[^\s、。]さん(?:から|より)(?:ご)?(?:紹介|お名前|伺)|referred (?:by|to you by)|referral from|recommended you|gave me your (?:name|contact)|(?:a )?mutual (?:friend|connection)/gi;
const SAME_COMMUNITY =
  /同じ(?:サロン|コミュニティ|Discord|Slack|グループ|勉強会|スクール)|(?:サロン|コミュニティ|Discord|Slack|勉強会|スクール)(?:の|で)(?:メンバー|仲間|お見かけ|拝見)|(?:from|in|saw you (?:in|on)) (?:the|our) [^.\n]{1,40} (?:discord|slack|community|meetup|server|group)|fellow (?:member|alumni)|we(?:'re| are) both (?:in|members)/gi;
const PLATFORM_SITES = new Set(['upwork', 'freelancer', 'fiverr', 'crowdworks', 'lancers', 'coconala']);

const lower = (s: string | undefined | null) => (s ?? '').trim().toLowerCase();
const handleOf = (s: string) => lower(s).replace(/^@/, '');

function emailDomain(email: string | undefined): string {
  return lower(email).split('@')[1] ?? '';
}

/** Where a name or handle is written in the text, as evidence; a match on the sender alone has none. */
function mention(text: string, needle: string, field: string): Evidence[] {
  if (needle.length < 2) return [];
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  return at < 0 ? [] : [quoteAround(text, at, at + needle.length, field)];
}

/**
 * The tie to the sender: known personally (a contact), referral, same community (a community's name,
 * members or e-mail domain, or the sender says so), platform only, or a cold contact.
 */
export function analyzeCommunity(
  text: string,
  client: Client | undefined,
  site: string | undefined,
  kind: 'job-post' | 'dm' | undefined,
  profile?: Profile,
): { tie: CommunityTie; via: string | null; evidence: Evidence[] } {
  const name = lower(client?.name);
  const handle = handleOf(client?.handle ?? '');
  const url = lower(client?.profileUrl).replace(/\/+$/, '');
  const domain = emailDomain(client?.email);

  for (const contact of profile?.contacts ?? []) {
    const known =
      (name && lower(contact.name) === name) ||
      (handle && contact.handles.some((h) => handleOf(h) === handle)) ||
      (url && contact.profileUrls.some((u) => lower(u).replace(/\/+$/, '') === url)) ||
      (client?.email && lower(contact.email) === lower(client.email));
    if (known) {
      return {
        tie: contact.knownAs === 'referral' ? 'referral' : 'known-personally',
        via: contact.name,
        evidence: mention(text, contact.name, 'community'),
      };
    }
  }

  const referral = findEvidence(text, REFERRAL, 'community', 2);
  if (referral.length) {
    // A referral by someone the user knows names that contact.
    const by = profile?.contacts.find((c) => referral.some((e) => e.quote.includes(c.name)));
    return { tie: 'referral', via: by?.name ?? null, evidence: referral };
  }

  for (const community of profile?.communities ?? []) {
    const names = [community.name, ...community.aliases].filter((n) => n.trim().length >= 2);
    const member =
      (handle && community.memberHandles.some((h) => handleOf(h) === handle)) ||
      (domain && community.emailDomains.some((d) => lower(d).replace(/^@/, '') === domain));
    const named = names
      .map((n) => firstMatch(text, new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi')))
      .find(Boolean);
    if (member || named) {
      return {
        tie: 'same-community',
        via: community.name,
        evidence: named ? [quoteAround(text, named.index, named.index + named.value.length, 'community')] : [],
      };
    }
  }

  const said = findEvidence(text, SAME_COMMUNITY, 'community', 2);
  if (said.length) return { tie: 'same-community', via: null, evidence: said };
  if (site && PLATFORM_SITES.has(site) && kind !== 'dm') return { tie: 'platform', via: null, evidence: [] };
  return { tie: 'cold', via: null, evidence: [] };
}
