import type { Evidence } from '../schema/analysis';
import type { Profile } from '../schema/profile';
import { SKILL_SOURCES } from './skill-taxonomy';

export interface SkillEntry {
  id: string;
  en: string;
  ja: string;
  synonyms: string[];
  category: string;
  /** The broader skill this one is a kind of (mysql → sql, nuxt → vue.js), if any. */
  parent?: string;
}

let taxonomy: SkillEntry[] | null = null;

/**
 * Alias markers in the taxonomy rows: `~Go` matches only as written (case and all), `^C` also needs
 * another skill named nearby ("C/C++, Python"), `!word` is never read from running text (the name is
 * still offered in the profile's picker).
 */
const MARKERS = /^[~^!]+/;

/** The skill taxonomy, for matching and for autocomplete. */
export function listSkills(): SkillEntry[] {
  if (!taxonomy) {
    taxonomy = [];
    for (const { category, rows } of SKILL_SOURCES) {
      for (const row of rows.trim().split('\n')) {
        const [id = '', en = '', ja = '', aliases = '', parent = ''] = row.split('|').map((cell) => cell.trim());
        const synonyms = aliases ? aliases.split(',').map((a) => a.trim().replace(MARKERS, '')) : [];
        taxonomy.push({ id, en, ja, synonyms, category, ...(parent ? { parent } : {}) });
      }
    }
  }
  return taxonomy;
}

// ---------------------------------------------------------------------------------------------------
// Normalisation: NFKC (full-width Latin, half-width katakana), lower case, whitespace runs as one space.
// Every normalised character remembers where it came from, so evidence quotes the original text.

interface Normalised {
  /** Lower-cased normalised text. */
  lower: string;
  /** The same text before lower-casing (same length), for terms that must match as written. */
  cased: string;
  /** Original offset where each normalised character starts, and where it ends. */
  from: Int32Array;
  to: Int32Array;
}

// Characters NFKC changes: full-width forms, half-width katakana, circled and squared signs, ligatures.
const isCompat = (c: number) =>
  (c >= 0xff00 && c <= 0xffef) ||
  (c >= 0x2010 && c <= 0x2015) ||
  (c >= 0x2160 && c <= 0x217f) ||
  (c >= 0x2460 && c <= 0x24ff) ||
  (c >= 0x3200 && c <= 0x33ff) ||
  (c >= 0xfb00 && c <= 0xfb4f);
const isSpace = (c: number) => c <= 0x20 || c === 0x3000 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b);

const decoder = new TextDecoder('utf-16le');

/** One pass over UTF-16 code units; typed arrays keep a 100 kB text to a few milliseconds. */
function normalise(text: string): Normalised {
  const n = text.length;
  let cap = n + 16;
  let lower = new Uint16Array(cap);
  let cased = new Uint16Array(cap);
  let from = new Int32Array(cap);
  let to = new Int32Array(cap);
  let len = 0;
  let space = true;
  const push = (c: number, start: number, end: number) => {
    if (len === cap) {
      cap *= 2;
      const grow = <T extends Uint16Array | Int32Array>(a: T, b: T) => {
        b.set(a);
        return b;
      };
      lower = grow(lower, new Uint16Array(cap));
      cased = grow(cased, new Uint16Array(cap));
      from = grow(from, new Int32Array(cap));
      to = grow(to, new Int32Array(cap));
    }
    cased[len] = c;
    // ASCII and Latin-1 capitals; other scripts keep their case (Japanese has none).
    lower[len] = (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
    from[len] = start;
    to[len] = end;
    len++;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      // A run of spaces is one space; a run holding a line break is one line break (clauses end there).
      if (!space) push(c === 0x0a || c === 0x0d ? 0x0a : 0x20, i, i + 1);
      else if ((c === 0x0a || c === 0x0d) && len > 0 && lower[len - 1] === 0x20) {
        lower[len - 1] = 0x0a;
        cased[len - 1] = 0x0a;
      }
      space = true;
      continue;
    }
    space = false;
    if (!isCompat(c)) {
      push(c, i, i + 1);
      continue;
    }
    // ﾊﾟ: the half-width sound mark composes with the kana before it.
    const next = text.charCodeAt(i + 1);
    let out = (next === 0xff9e || next === 0xff9f ? text.slice(i, i + 2) : (text[i] ?? '')).normalize('NFKC');
    let end = i + 1;
    if (next === 0xff9e || next === 0xff9f) {
      if (out.length === 1) end = i + 2;
      else out = (text[i] ?? '').normalize('NFKC');
    }
    if (c >= 0x2010 && c <= 0x2015) out = '-';
    for (let k = 0; k < out.length; k++) {
      const o = out.charCodeAt(k);
      if (isSpace(o)) {
        if (!space) push(0x20, i, end);
        space = true;
      } else push(o, i, end);
    }
    i = end - 1;
  }
  return {
    lower: decoder.decode(lower.subarray(0, len)),
    cased: decoder.decode(cased.subarray(0, len)),
    from: from.subarray(0, len),
    to: to.subarray(0, len),
  };
}

// ---------------------------------------------------------------------------------------------------
// The compiled matcher: every term of every skill, indexed by its first characters.

interface Term {
  key: string;
  id: string;
  /** Must appear exactly so in the text (before lower-casing). */
  cased: string | null;
  /** Counts only with another skill named close by. */
  weak: boolean;
}

interface Matcher {
  /**
   * Terms by their first three code units as one number (shorter terms by one or two), longest first:
   * numeric keys spare the scan a string per position.
   */
  index: [Map<number, Term[]>, Map<number, Term[]>, Map<number, Term[]>];
  byKey: Map<string, Term>;
  /** Every term key, for katakana compounds built of two known words. */
  keys: Set<string>;
  fuzzy: Map<string, string[]>;
  parentOf: Map<string, string>;
  categoryOf: Map<string, string>;
}

let matcher: Matcher | null = null;

// Character classes on UTF-16 code units (NaN past either end of the text is none of them).
const isLetter = (c: number) => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Letters, digits and the underscore: identifiers (lp_instagram_job) are one word. */
const isAlnum = (c: number) => isLetter(c) || isDigit(c) || c === 0x5f;
/** Katakana and the long-vowel mark, not the middle dot (a list separator). */
const isKata = (c: number) => (c >= 0x30a1 && c <= 0x30fa) || (c >= 0x30fc && c <= 0x30ff);

/**
 * Katakana words a skill's name may follow or precede inside one katakana run: ブログライティング is
 * writing, プロトタイピング is not typing.
 */
const KATAKANA_PREFIXES = new Set(
  (
    'ブログ,シナリオ,セールス,メール,ニュース,コンテンツ,ウェブ,ホームページ,サイト,ショート,ゲーム,キャラクター,' +
    'ビジネス,テクニカル,メディカル,データ,システム,アプリ,ネット,オンライン,ライブ,スマホ,チャット,フォーム,アニメ,' +
    'ロゴ,バナー,イラスト,コラム,レビュー,インタビュー,ランディングページ,プレス,マーケティング,ブランド,' +
    'コピー,シーン,プロモーション,イベント,ドキュメント,マニュアル,フリー,サーバー,クラウド,モバイル,' +
    'スクール,ファッション,インテリア,グッズ,パッケージ,メニュー,ポスター,チラシ,カタログ,パンフレット,' +
    'ウェディング,ポートレート,プロフィール,アバター,キャラ,ボイス,ナレーション,ポッドキャスト,リール,ゲーム'
  ).split(','),
);
const KATAKANA_SUFFIXES = new Set(
  (
    'スキル,ツール,サービス,サイト,ページ,チーム,メンバー,スタッフ,ワーク,プロジェクト,エンジニア,デザイナー,' +
    'ライター,クリエイター,ディレクター,マネージャー,オペレーター,アシスタント,パートナー,コンサルタント,経験,' +
    'アプリ,サポート,プラン,コース,レッスン,セミナー,ファイル,データ,テンプレート,テンプレ,ルール,' +
    'マニュアル,システム,ベース,ストア'
  ).split(','),
);

/** A term as the scan sees it; plain ASCII (most names) skips the full normalisation. */
function termKey(word: string, keepCase = false): string {
  if (/^[\x20-\x7e]*$/.test(word)) {
    const spaced = word.replace(/ +/g, ' ').trim();
    return keepCase ? spaced : spaced.toLowerCase();
  }
  const n = normalise(word);
  return (keepCase ? n.cased : n.lower).trim();
}

function buildMatcher(): Matcher {
  const entries = listSkills();
  // Markers first: a marked alias governs the same word wherever it appears in a row (id, names).
  const marked = new Map<string, { cased: string | null; weak: boolean; never: boolean }>();
  for (const entry of entries) {
    for (const alias of entry.synonyms.length ? rawAliases(entry) : []) {
      const marks = MARKERS.exec(alias)?.[0] ?? '';
      if (!marks) continue;
      const word = alias.slice(marks.length);
      const key = termKey(word);
      marked.set(key, {
        cased: marks.includes('~') || marks.includes('^') ? termKey(word, true) : null,
        weak: marks.includes('^'),
        never: marks.includes('!'),
      });
    }
  }
  const byKey = new Map<string, Term>();
  // Longer words that contain a skill's name but name something else; matched first, then dropped.
  for (const word of NOT_SKILLS) {
    const key = termKey(word);
    byKey.set(key, { key, id: '', cased: null, weak: false });
  }
  const pickerOnly = pickerOnlyIds();
  for (const entry of entries) {
    if (pickerOnly.has(entry.id)) continue;
    for (const raw of [entry.id, entry.en, entry.ja, ...rawAliases(entry)]) {
      const word = raw.replace(MARKERS, '');
      const key = termKey(word);
      if (!key || byKey.has(key)) continue;
      const mark = marked.get(key);
      if (mark?.never) continue;
      byKey.set(key, { key, id: entry.id, cased: mark?.cased ?? null, weak: mark?.weak ?? false });
    }
  }
  const index: Matcher['index'] = [new Map(), new Map(), new Map()];
  for (const term of byKey.values()) {
    const size = Math.min(3, term.key.length);
    const head = headKey(term.key, 0, size);
    const map = index[size - 1] as Map<number, Term[]>;
    const list = map.get(head) ?? [];
    list.push(term);
    map.set(head, list);
  }
  for (const map of index) for (const list of map.values()) list.sort((a, b) => b.key.length - a.key.length);

  const fuzzy = new Map<string, string[]>();
  const categoryOf = new Map(entries.map((e) => [e.id, e.category]));
  for (const term of byKey.values()) {
    if (term.weak || term.cased || !/^[a-z][a-z0-9]{5,}$/.test(term.key)) continue;
    if (!FUZZY_CATEGORIES.has(categoryOf.get(term.id) ?? '') || NO_FUZZY.has(term.key)) continue;
    for (const variant of deletions(term.key)) {
      const list = fuzzy.get(variant) ?? [];
      if (!list.includes(term.key)) list.push(term.key);
      fuzzy.set(variant, list);
    }
  }
  const parentOf = new Map<string, string>();
  for (const e of entries) if (e.parent) parentOf.set(e.id, e.parent);
  return { index, byKey, keys: new Set(byKey.keys()), fuzzy, parentOf, categoryOf };
}

function rawAliases(entry: SkillEntry): string[] {
  // listSkills strips markers for the picker; the matcher reads them from the rows again.
  return rawRows().get(entry.id) ?? entry.synonyms;
}

let aliasRows: Map<string, string[]> | null = null;
let pickerRows: Set<string> | null = null;
function rawRows(): Map<string, string[]> {
  if (!aliasRows) {
    aliasRows = new Map();
    pickerRows = new Set();
    for (const { rows } of SKILL_SOURCES) {
      for (const row of rows.trim().split('\n')) {
        const [id = '', , , aliases = '', , flags = ''] = row.split('|').map((cell) => cell.trim());
        aliasRows.set(id, aliases ? aliases.split(',').map((a) => a.trim()) : []);
        if (flags.includes('picker')) pickerRows.add(id);
      }
    }
  }
  return aliasRows;
}

/**
 * Rows flagged `picker`: broad activities (programming, system design, project management) that offers
 * name as phases or roles rather than as a skill asked for; offered in the profile, never read from text.
 */
function pickerOnlyIds(): Set<string> {
  rawRows();
  return pickerRows ?? new Set();
}

/** Words that contain a skill's name but mean something else: 個人事業主 is not HR, 営業支援費 not sales. */
const NOT_SKILLS = [
  '個人事業主',
  '個人事業',
  '営業支援費',
  '営業担当',
  '営業時間',
  '営業日',
  '営業部',
  '営業所',
  '人材営業',
  '適格請求書',
  '請求書発行事業者',
  'プライバシーマーク',
  '事業部',
  '事務所',
  '事務局',
  '社会保険',
  '商流',
  '設計図',
  'dx推進',
  '人事部',
  '経理部',
  '総務部',
  '法務部',
  '翻訳機能',
  '自動翻訳',
  '機械翻訳',
  'machine translator',
  'machine translation',
  '弁護士費用',
  '電子書籍化',
  'セキュリティ上',
];

/** Ids the taxonomy once used, for profiles saved with them. */
const RENAMED: Record<string, string> = {
  'google-cloud': 'gcp',
  'oracle-database': 'oracle',
  'bi-dashboard': 'bi',
  'x-twitter': 'x',
  'network-engineering': 'networking',
  'embedded-systems': 'embedded',
};

/** A skill id as the taxonomy spells it today (profiles may hold an older spelling). */
export function canonicalSkillId(id: string): string {
  const key = id.trim().toLowerCase();
  return RENAMED[key] ?? key;
}

// ---------------------------------------------------------------------------------------------------
// Typos: a long word one edit (or one swap) away from a known tool's name (Pythong, Postgers, Lalavel).

/** Categories whose names are product and language names, not ordinary words. */
const FUZZY_CATEGORIES = new Set(['development', 'ai-llm', 'business-tools']);
/** Tool names that are also ordinary words, or one letter away from one. */
const NO_FUZZY = new Set(['spring', 'swift', 'rust', 'docker', 'claude', 'market', 'marketo', 'looker', 'stripe']);
/** Ordinary words one edit away from a tool's name: never read as a typo. */
const FUZZY_STOP = new Set(
  (
    'sprint,sprints,scrape,scraped,scrapes,nation,nations,motion,notions,docked,docket,dockers,clause,clauses,' +
    'market,markets,locker,looked,looser,strip,striped,strive,straps,prisms,panda,blended,premier,premiers,' +
    'reacts,reactor,python,pythons,oracles,django,sketchy,bubbles,puppets,render,renders,spark,sparks,' +
    'canvas,access,unity,excel,express,angular,figure,figures,django,kotlin,retail,detail,details,unify,' +
    'server,servers,service,services,jquery,golang,select,selected,worker,workers,shopper,shoppers,flutter,' +
    'mongol,hadoop,airflow,elixir,native,natives,access,accent,action,actions,active,option,options,' +
    'master,matter,builder,butler,bigger,summer,number,numbers,former,letter,better,setter,twitter,' +
    'linked,linker,github,gitlab,writer,writers,waiter,tableau,saleor,sales,slacks,snacks,stacks,' +
    'quick,quicken,figma,vercel,nuxtjs,gatsby,remix,strapi,sanity,prisma,expo,ionic,cordova,' +
    'keras,torch,numpy,scipy,pandas,seaborn,plotly,rails,ember,backbone,mocha,chai,karma,jasmine,' +
    'magenta,magnet,magneto,stylus,styles,styled,pardon,parse,parser,parsed,parsing,parser,vapor,' +
    'terraform,pulumi,puppet,chefs,salt,vagrant,packer,packers,consul,consult,vault,vaults,nomad,' +
    'docusign,dropbox,tinder,tender,tenders,yarn,yarns,gulp,grunt,bower,lerna,turbo,blade,blades,' +
    'ansible,sensible,visible,possible,passible,tailor,tailors,mailer,mailers,trader,traders,trend,' +
    'xamarin,cypress,kafka,celery,heroku,vuejs,nextjs,nodejs,deno,bun,julia,scala,scale,scales,' +
    'weekly,monthly,wireless,wordpress,shopify,typescript,javascript'
  ).split(','),
);

function* deletions(word: string): Generator<string> {
  yield word;
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
}

/** Optimal string alignment distance, stopped early above 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function fuzzyLookup(m: Matcher, word: string): string | null {
  if (word.length < 6 || FUZZY_STOP.has(word) || m.keys.has(word)) return null;
  let best: string | null = null;
  for (const variant of deletions(word)) {
    for (const key of m.fuzzy.get(variant) ?? []) {
      if (key[0] !== word[0] || key.length < 6 || !withinOneEdit(word, key)) continue;
      // A letter too many (Pythong) needs seven letters, a letter too few (Kuernetes) eight: shorter words
      // one letter off a name are mostly ordinary words (direct, directx).
      if (word.length > key.length && word.length < 7) continue;
      if (word.length < key.length && word.length < 8) continue;
      // A wrong letter in a six-letter word is another word too often (photos, talent, paypal).
      if (word.length === key.length && word.length < 7) continue;
      // A swap or a wrong letter (Postgers, Lalavel) is likelier than a letter too many or too few.
      if (!best || key.length === word.length) best = key;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------
// Scope: items the text puts out of the job, and words that name a skill only in some contexts.

/** After the skill, in the same clause: 〜は対象外, 〜は不要, "is not part of this job". */
const OUT_AFTER_JA =
  /^[^。!?！？\n]{0,24}?(?:対象外|範囲外|不要|含みません|含まれません|含まない|除きます|行いません|依頼しません|お願いしません|扱いません|使用しません|使いません)/;
/** Between the skill and 不要: these say a visit or a cost is not needed, not the skill. */
const OUT_BLOCK_JA = /出社|通勤|来社|面接|連絡|準備|費用|登録料|初期|手数料|ノルマ|顔出し|電話/;
const OUT_AFTER_EN =
  /^[^.!?\n;]{0,40}?\b(?:(?:is|are)(?: not|n't)(?: (?:part of|in scope|included|required|needed|necessary|used|involved))|out of (?:the )?scope|not (?:part of|included|in scope|needed|necessary|required))/;
const OUT_BEFORE_EN =
  /\b(?:no|not|without|excluding|except(?: for)?|don't need|do not need|doesn't need|does not need|no need for|not looking for|never)\b(?:[\s,/]+(?:[a-z0-9.+#-]+|or|and|any|a|an|the|use of|using|with)){0,5}[\s,/]+$/;
const PREFERRED = /plus|bonus|nice|prefer|advantage|helpful|歓迎|尚可|あれば/;

const isClauseBreak = (c: number) =>
  c === 0x0a || c === 0x3002 || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f || c === 0x3b || c === 0xff1b;

function clauseAround(lower: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !isClauseBreak(lower.charCodeAt(a - 1)) && start - a < 300) a--;
  let b = end;
  while (b < lower.length && !isClauseBreak(lower.charCodeAt(b)) && b - end < 300) b++;
  return [a, b];
}

function isOutOfScope(lower: string, start: number, end: number): boolean {
  const [a, b] = clauseAround(lower, start, end);
  const after = lower.slice(end, b);
  const ja = OUT_AFTER_JA.exec(after);
  if (ja && !OUT_BLOCK_JA.test(after.slice(0, ja[0].length))) return true;
  const clause = lower.slice(a, b);
  if (OUT_AFTER_EN.test(after) && !PREFERRED.test(clause)) return true;
  // "kintone is not part of this job, but React is": a contrast word ends the negated part.
  const before =
    lower
      .slice(Math.max(a, start - 60), start)
      .split(/\b(?:but|however|instead|rather|while|whereas|though)\b/)
      .pop() ?? '';
  if (OUT_BEFORE_EN.test(before) && !/not (?:only|just|limited)|no (?:matter|later|less|more)/.test(before))
    return true;
  return false;
}

/** Human languages count only when the language is the work: translation, recording, interpreting. */
const LANGUAGE_WORK_IDS = [
  'translation',
  'interpretation',
  'voice-over',
  'voice-recording',
  'transcription',
  'teaching',
  'native-check',
  'subtitling',
];
/** …or when the text asks for a speaker of it. */
const LANGUAGE_WORK =
  /翻訳|通訳|ナレーション|録音|収録|吹き替え|声優|ネイティブチェック|添削|講師|バイリンガル|ネイティブスピーカー|translat|interpret|voice|narrat|dubbing|transcri|locali[sz]|proofread|bilingual|native speaker|tutor|subtit/;

// ---------------------------------------------------------------------------------------------------

export interface SkillHit {
  id: string;
  evidence: Evidence;
}

interface Found {
  id: string;
  start: number;
  end: number;
  weak: boolean;
}

function boundaryOk(m: Matcher, s: Normalised, start: number, term: Term): boolean {
  const { lower } = s;
  const key = term.key;
  const end = start + key.length;
  const first = key.charCodeAt(0);
  const last = key.charCodeAt(key.length - 1);
  const prev = lower.charCodeAt(start - 1);
  const next = lower.charCodeAt(end);
  if (isAlnum(first) || first === 0x2e) {
    if (isAlnum(prev)) return false;
    if (key.length <= 2 && prev === 0x2d && isLetter(lower.charCodeAt(start - 2))) return false;
  }
  if (isAlnum(last)) {
    // A version glued to a name (python3, magento2, vue3) is still the name; other glued letters are not.
    if (isAlnum(next)) {
      if (!(key.length >= 3 && isLetter(last) && isDigit(next))) return false;
      let j = end;
      while (isDigit(lower.charCodeAt(j))) j++;
      if (isLetter(lower.charCodeAt(j))) return false;
    }
    if (next === 0x2b || next === 0x23) return false;
    if (next === 0x2e && isAlnum(lower.charCodeAt(end + 1))) return false;
    if (key.length <= 2 && next === 0x2d && isLetter(lower.charCodeAt(end + 1))) return false;
  }
  if (isKata(first) && isKata(prev)) {
    let r = start - 1;
    while (r > 0 && isKata(lower.charCodeAt(r - 1))) r--;
    const prefix = lower.slice(r, start);
    if (!KATAKANA_PREFIXES.has(prefix) && !m.keys.has(prefix)) return false;
  }
  if (isKata(last) && isKata(next)) {
    let r = end;
    while (r < lower.length && isKata(lower.charCodeAt(r))) r++;
    const suffix = lower.slice(end, r);
    if (!KATAKANA_SUFFIXES.has(suffix) && !m.keys.has(suffix)) return false;
  }
  if (term.cased && !s.cased.startsWith(term.cased, start)) return false;
  return true;
}

/** The first `size` (1–3) UTF-16 code units of `text` at `at`, as one number. */
function headKey(text: string, at: number, size: number): number {
  let key = 0;
  for (let i = 0; i < size; i++) key = key * 65536 + text.charCodeAt(at + i);
  return key;
}

function scan(m: Matcher, s: Normalised): Found[] {
  const { lower } = s;
  const out: Found[] = [];
  const n = lower.length;
  const fuzzyCache = new Map<string, string | null>();
  let p = 0;
  while (p < n) {
    const c = lower.charCodeAt(p);
    const wordStart = isAlnum(c) && !isAlnum(lower.charCodeAt(p - 1));
    if (!(wordStart || c === 0x2e || c >= 0x80)) {
      p++;
      continue;
    }
    let best: Term | null = null;
    for (let size = 3; size >= 1 && !best; size--) {
      if (p + size > n) continue;
      const list = (m.index[size - 1] as Map<number, Term[]>).get(headKey(lower, p, size));
      if (!list) continue;
      for (const term of list) {
        if (lower.startsWith(term.key, p) && boundaryOk(m, s, p, term)) {
          best = term;
          break;
        }
      }
    }
    if (best) {
      if (best.id) out.push({ id: best.id, start: p, end: p + best.key.length, weak: best.weak });
      p += best.key.length;
      continue;
    }
    if (wordStart && isLetter(c)) {
      let e = p;
      while (e < n && isAlnum(lower.charCodeAt(e))) e++;
      const before = lower.charCodeAt(p - 1);
      // Host names and addresses (example.com, name@host) are not typos of a tool.
      if (e - p >= 6 && lower.charCodeAt(e) !== 0x2e && before !== 0x2e && before !== 0x40) {
        const word = lower.slice(p, e);
        let key = fuzzyCache.get(word);
        if (key === undefined) {
          key = fuzzyLookup(m, word);
          fuzzyCache.set(word, key);
        }
        const term = key ? m.byKey.get(key) : undefined;
        if (term) out.push({ id: term.id, start: p, end: e, weak: false });
      }
      p = e;
      continue;
    }
    p++;
  }
  return out;
}

/** Finds the skills an offer asks for, each with the first place it is named. */
export function extractSkills(text: string): SkillHit[] {
  matcher ??= buildMatcher();
  const m = matcher;
  const s = normalise(text);
  // Addresses name hosts and scripts (cc.php, webcas.net), not skills.
  const addresses = findAddresses(s.lower);
  const all = scan(m, s);
  const found = new Map<string, SkillHit>();
  let nextAddress = 0;
  for (let i = 0; i < all.length; i++) {
    const f = all[i] as Found;
    // Each skill is quoted once, at its first mention in scope: later mentions need no more checks.
    if (found.has(f.id)) continue;
    while (nextAddress < addresses.length && (addresses[nextAddress] as [number, number])[1] <= f.start) nextAddress++;
    const address = addresses[nextAddress];
    if (address && f.start < address[1] && f.end > address[0]) continue;
    if (f.weak && !hasNeighbour(m, all, i)) continue;
    if (isOutOfScope(s.lower, f.start, f.end)) continue;
    const start = s.from[f.start] ?? 0;
    const end = s.to[f.end - 1] ?? text.length;
    found.set(f.id, { id: f.id, evidence: { field: 'skills', quote: text.slice(start, end), start, end } });
  }
  if (!found.has('translation-ja-en') && !found.has('translation-en-ja')) {
    for (const pair of translationPairs(s.lower)) {
      const start = s.from[pair.start] ?? 0;
      const end = s.to[pair.end - 1] ?? text.length;
      found.set(pair.id, { id: pair.id, evidence: { field: 'skills', quote: text.slice(start, end), start, end } });
    }
  }
  // A language counts when it is the work (translating, recording, teaching, interpreting) and no
  // translation pair already names it: "English-only pages", "British English" are context.
  const ids = [...found.keys()];
  const pair = ids.some((id) => id.startsWith('translation-'));
  const languageWork = ids.some((id) => LANGUAGE_WORK_IDS.some((w) => id === w || skillAncestors(id).includes(w)));
  if (pair || !(languageWork || LANGUAGE_WORK.test(s.lower))) {
    for (const id of found.keys()) if (m.categoryOf.get(id) === 'language') found.delete(id);
  }
  // A broader skill named beside a narrower one of its own (translation + 日英翻訳, sql + MySQL) adds nothing.
  for (const id of [...found.keys()]) {
    for (let up = m.parentOf.get(id); up; up = m.parentOf.get(up)) {
      const general = found.get(up);
      if (general && GENERIC_PARENTS.has(up)) found.delete(up);
    }
  }
  return [...found.values()].sort((a, b) => a.evidence.start - b.evidence.start);
}

/**
 * The direction of a translation the text describes without naming the pair: "translated into Japanese",
 * "from Japanese into natural English", 英語版を日本語に翻訳. Quotes the words that give the direction.
 */
const INTO_EN = /\btranslat\w*\b[^.\n]{0,80}?\binto\b[^.\n]{0,30}?\b(japanese|english)\b/g;
const FROM_EN = /\bfrom (japanese|english)\b/;
const INTO_JA = /(英語|英文|日本語|和文)[^。\n]{0,30}?(日本語|英語)(?:に|へ)[^。\n]{0,12}?翻訳/g;

function translationPairs(lower: string): { id: string; start: number; end: number }[] {
  const out: { id: string; start: number; end: number }[] = [];
  for (const m of lower.matchAll(INTO_EN)) {
    const target = m[1];
    const source = FROM_EN.exec(m[0])?.[1];
    if (target === 'japanese' && source !== 'japanese')
      out.push({ id: 'translation-en-ja', start: m.index, end: m.index + m[0].length });
    if (target === 'english' && (source === 'japanese' || /japanese/.test(m[0])))
      out.push({ id: 'translation-ja-en', start: m.index, end: m.index + m[0].length });
  }
  for (const m of lower.matchAll(INTO_JA)) {
    const [, source, target] = m;
    const id =
      target === '日本語' && source !== '日本語'
        ? 'translation-en-ja'
        : target === '英語' && source === '日本語'
          ? 'translation-ja-en'
          : null;
    if (id) out.push({ id, start: m.index, end: m.index + m[0].length });
  }
  return out.slice(0, 2);
}

/** A weak name (C, Go) stands only beside another skill of its field: "C/C++", "Go and Python". */
function hasNeighbour(m: Matcher, all: readonly Found[], i: number): boolean {
  const f = all[i] as Found;
  const field = m.categoryOf.get(f.id);
  const near = (o: Found) => !o.weak && o.id !== f.id && m.categoryOf.get(o.id) === field;
  for (let j = i - 1; j >= 0 && f.start - (all[j] as Found).start < 80; j--) if (near(all[j] as Found)) return true;
  for (let j = i + 1; j < all.length && (all[j] as Found).start - f.start < 80; j++)
    if (near(all[j] as Found)) return true;
  return false;
}

const isAddressEnd = (c: number) => Number.isNaN(c) || c <= 0x20 || '<>"\'）)」'.includes(String.fromCharCode(c));
const isMailChar = (c: number) => isAlnum(c) || c === 0x2e || c === 0x2d || c === 0x25 || c === 0x2b;

/**
 * Spans of URLs and e-mail addresses, in order. Found by hand from `://`, `www.` and `@` rather than by
 * one pattern: a pattern that backtracks over a megabyte of digits takes minutes.
 */
function findAddresses(lower: string): [number, number][] {
  const spans: [number, number][] = [];
  const add = (a: number, b: number) => {
    if (b > a) spans.push([a, b]);
  };
  for (const marker of ['http://', 'https://', 'www.']) {
    for (let i = lower.indexOf(marker); i >= 0; i = lower.indexOf(marker, i + 1)) {
      let e = i + marker.length;
      while (e < lower.length && !isAddressEnd(lower.charCodeAt(e))) e++;
      add(i, e);
      i = e - 1;
    }
  }
  for (let i = lower.indexOf('@'); i >= 0; i = lower.indexOf('@', i + 1)) {
    let a = i;
    while (a > 0 && i - a < 100 && isMailChar(lower.charCodeAt(a - 1))) a--;
    let e = i + 1;
    while (e < lower.length && e - i < 260 && isMailChar(lower.charCodeAt(e))) e++;
    if (a < i && lower.slice(i + 1, e).includes('.')) add(a, e);
  }
  // Markup pasted with the text: <div class="manga"> names a style, not the work.
  for (let i = lower.indexOf('<'); i >= 0; i = lower.indexOf('<', i + 1)) {
    const c = lower.charCodeAt(i + 1);
    if (!(isLetter(c) || c === 0x2f)) continue;
    const e = lower.indexOf('>', i);
    if (e < 0 || e - i > 400) continue;
    add(i, e + 1);
    i = e;
  }
  return spans.sort((x, y) => x[0] - y[0]);
}

/** Parents that name a family rather than a skill of their own: dropped when a member is named. */
const GENERIC_PARENTS = new Set(['translation']);

/** The broader skills above a skill, nearest first. */
export function skillAncestors(id: string): string[] {
  matcher ??= buildMatcher();
  const out: string[] = [];
  for (let up = matcher.parentOf.get(id); up && !out.includes(up); up = matcher.parentOf.get(up)) out.push(up);
  return out;
}

/**
 * Splits required skills into those the profile has and those it lacks. A profile skill covers the
 * broader skill it belongs to (PostgreSQL covers SQL); a broader profile skill only partly covers a
 * narrower one (SQL for PostgreSQL): such skills stay missing and are listed in `partial` too, with
 * the profile skill that comes close in `partialVia`.
 */
export function matchSkills(
  required: readonly string[],
  profile?: Profile,
): { matched: string[]; missing: string[]; partial: string[]; partialVia: Record<string, string> } {
  if (!profile) return { matched: [], missing: [...required], partial: [], partialVia: {} };
  const have = new Set(profile.skills.filter((s) => s.level !== 'learning').map((s) => canonicalSkillId(s.id)));
  const covered = new Set<string>();
  for (const id of have) for (const up of skillAncestors(id)) covered.add(up);
  const matched: string[] = [];
  const missing: string[] = [];
  const partial: string[] = [];
  const partialVia: Record<string, string> = {};
  for (const id of required) {
    if (have.has(id) || covered.has(id)) {
      matched.push(id);
      continue;
    }
    missing.push(id);
    const via = skillAncestors(id).find((up) => have.has(up));
    if (via) {
      partial.push(id);
      partialVia[id] = via;
    }
  }
  return { matched, missing, partial, partialVia };
}
