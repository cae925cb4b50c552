import { describe, expect, it } from 'vitest';
import {
  canonicalSkillId,
  extractSkills,
  listSkills,
  matchSkills,
  skillAncestors,
} from '../../../utils/analysis/skills';
import { profileSchema } from '../../../utils/schema/profile';

const ids = (text: string) =>
  extractSkills(text)
    .map((h) => h.id)
    .sort();

describe('skill taxonomy', () => {
  const skills = listSkills();
  const byId = new Map(skills.map((s) => [s.id, s]));

  it('covers what real offers ask, with unique hyphenated ids and names in both languages', () => {
    expect(skills.length).toBeGreaterThanOrEqual(1500);
    expect(byId.size).toBe(skills.length);
    for (const s of skills) {
      expect(s.id).toMatch(/^[a-z0-9.+#-]+$/);
      expect(s.en && s.ja && s.category).toBeTruthy();
    }
    for (const id of ['stripe', 'tdd', 'cassandra', 'line-messaging-api', 'claude-api', 'slack-api', 'tesseract'])
      expect(byId.has(id), id).toBe(true);
  });

  it('gives every parent a row of its own and no skill a loop of parents', () => {
    for (const s of skills) {
      if (s.parent) expect(byId.has(s.parent), `${s.id} → ${s.parent}`).toBe(true);
      expect(skillAncestors(s.id)).not.toContain(s.id);
    }
  });

  it('lets no word name two skills', () => {
    const owner = new Map<string, string>();
    for (const s of skills) {
      for (const word of new Set([s.id, s.en, s.ja, ...s.synonyms].map((w) => w.normalize('NFKC').toLowerCase()))) {
        const other = owner.get(word);
        expect(other === undefined || other === s.id, `“${word}”: ${other} and ${s.id}`).toBe(true);
        owner.set(word, s.id);
      }
    }
  });

  it.each([
    ['mysql', 'sql'],
    ['postgresql', 'sql'],
    ['nuxt', 'vue.js'],
    ['openai-api', 'llm'],
    ['tiktok', 'short-video'],
  ])('files %s under %s', (child, parent) => {
    expect(skillAncestors(child)).toContain(parent);
  });
});

describe('extractSkills', () => {
  it.each([
    // Specific names are kept, not folded into their family.
    ['MySQLとPostgreSQLの経験', ['mysql', 'postgresql']],
    ['Nuxt.js / Vue 3 で管理画面', ['nuxt', 'vue.js']],
    ['OpenAI API and Claude API integration', ['claude-api', 'openai-api']],
    ['TikTok用のショート動画編集', ['short-video', 'tiktok']],
    ['Stripe, Slack API, Tesseract OCR, Cassandra and TDD', ['cassandra', 'slack-api', 'stripe', 'tdd', 'tesseract']],
    ['LINE Messaging APIでLINE公式アカウントのボット', ['line-marketing', 'line-messaging-api']],
    // Typos of known tools.
    ['Pythong scripts on Postgers, deployed to Kuernetes', ['kubernetes', 'postgresql', 'python']],
    ['Lalavel and Magento2 shop', ['laravel', 'magento']],
    // Width and spacing.
    ['ＰＨＰ／Ｌａｒａｖｅｌ　エンジニア', ['laravel', 'php']],
    ['ﾃﾞｰﾀ入力とExcel', ['data-entry', 'excel']],
    ['Ruby  on  Rails', ['ruby-on-rails']],
    // Weak names stand beside another skill of their field.
    ['C/C++ and Python', ['c', 'c++', 'python']],
    ['Go and TypeScript services', ['go', 'typescript']],
    // Java in any case (JAVA案件 in agencies' mails, "backend with java").
    ['【JAVA案件】COBOL⇒JAVAのマイグレーション', ['cobol', 'java']],
    ['The frontend is javascript and the backend java', ['java', 'javascript']],
    ['Office admin for a small team', ['general-admin']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual([...expected].sort());
  });

  it.each([
    ['プロトタイピングの経験がある方', 'data-entry'],
    ['We are a C-Corp in Delaware, plan C is fine', 'c'],
    ['ThreeK&C営業部より、JAVA案件のご紹介', 'c'],
    ['Our R&D team uses Python', 'r'],
    ['【給与】月20万円', 'payroll'],
    ['名刺をお渡しします', 'business-card-design'],
    ['日本語ネイティブの方を歓迎します', 'japanese'],
    ['Go to the site and go ahead', 'go'],
    ['Please react quickly', 'react'],
    ['個人事業主の方も可、営業支援費は応相談', 'human-resources'],
    ['個人事業主の方も可、営業支援費は応相談', 'sales'],
    ['詳細はhttps://example.jp/cc.php?id=1 まで', 'php'],
    ['The sprint review is on Monday', 'spring'],
    ['Each clause of the contract', 'claude-api'],
    ['・貸与：PC貸与あり(Mac)', 'macos'],
    ['Company laptop provided (Mac) for the contract', 'macos'],
  ])('%s does not name %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('reads コーディング alone as web coding, and HTML/CSS named beside it as those', () => {
    expect(ids('デザインからコーディングまでお任せします')).toEqual(['web-coding']);
    expect(ids('FigmaからHTML/CSSでコーディング')).toEqual(['css', 'figma', 'html']);
  });

  it('reads the designing of business cards and native-speaker work as skills', () => {
    expect(ids('名刺デザインの作成をお願いします')).toContain('business-card-design');
    expect(ids('日本語ネイティブのナレーション収録')).toEqual(['japanese', 'narration']);
  });

  it.each([
    ['kintone is not part of this job, but React is', ['react']],
    ['WordPressは対象外です。Shopifyで構築します', ['shopify']],
    ['Photoshopは不要、Figmaで作業', ['figma']],
    ['No WordPress, Wix or Squarespace: we build with Next.js', ['next.js']],
    ['出社不要、Pythonでの開発', ['python']],
    ['TypeScript experience is a plus, not required', ['typescript']],
    ['We are backed by Floodgate (Lyft, Twitch, Twitter). You will build our React app.', ['react']],
    ['Our customers include Shopify and Salesforce; you will write Python services.', ['python']],
    ['導入実績：Salesforce、kintone。開発はPythonで行います', ['python']],
  ])('leaves out what the text puts out of scope: %s', (text, expected) => {
    expect(ids(text)).toEqual([...expected].sort());
  });

  it.each([
    ['API integration\nDocker, REST API, PostgreSQL, CI/CD', 'rest-api', true],
    ['DevOps engineer\nWe run our own servers.', 'devops', true],
    ['Engineer\nYou will grow our DevOps culture across every team in the company.', 'devops', false],
    ['Backend developer\n【必須】セキュリティ設計の経験', 'security', true],
    ['Data pipeline\nYou will architect systems that power our analytics platform.', 'architecture', false],
    [
      'Study\nR programming, including data management and the interpretation of the results of each trial',
      'interpretation',
      false,
    ],
    ['Analyst\nYou will support their testing in collaboration with the product team.', 'testing', false],
  ])(
    'counts an umbrella name as a listed skill or in the title, not as a word of a sentence: %s',
    (text, id, named) => {
      expect(ids(text).includes(id)).toBe(named);
    },
  );

  it('reads the leaf of a category breadcrumb, not its parent', () => {
    expect(ids('口コミの募集\nタスク 70円/件 事務作業 > データ入力・収集')).toEqual(['data-entry']);
    expect(ids('事務作業とデータ入力をお願いします')).toContain('general-admin');
  });

  it('quotes the original text, whatever its width and spacing', () => {
    const text = '募集：ＰＨＰ　と Ruby  on Rails';
    for (const hit of extractSkills(text))
      expect(text.slice(hit.evidence.start, hit.evidence.end)).toBe(hit.evidence.quote);
    expect(extractSkills(text).map((h) => h.evidence.quote)).toEqual(['ＰＨＰ', 'Ruby  on Rails']);
  });

  it('stays fast on a long text', () => {
    const text = `${'React と TypeScript、MySQL、動画編集、プロトタイピング、Kubernetes. '.repeat(1500)}`.slice(
      0,
      100_000,
    );
    const runs = Array.from({ length: 5 }, () => {
      const start = performance.now();
      extractSkills(text);
      return performance.now() - start;
    });
    // The budget is 20 ms on a quiet machine (npm run bench); this bound only catches a quadratic slide.
    expect(Math.min(...runs)).toBeLessThan(250);
    expect(extractSkills(text).map((h) => h.id)).toContain('kubernetes');
  });
});

describe('matchSkills', () => {
  const profile = profileSchema.parse({
    skills: [{ id: 'postgresql' }, { id: 'sql' }, { id: 'javascript' }, { id: 'figma', level: 'learning' }],
  });

  it('counts a narrower profile skill for the broader skill a job asks (PostgreSQL for SQL)', () => {
    const onlyPostgres = profileSchema.parse({ skills: [{ id: 'postgresql' }] });
    expect(matchSkills(['sql'], onlyPostgres)).toMatchObject({ matched: ['sql'], missing: [] });
  });

  it('lists a narrower job skill as partly covered by a broader profile skill (SQL for MySQL)', () => {
    const result = matchSkills(['mysql', 'postgresql', 'vue.js', 'figma'], profile);
    expect(result.matched).toEqual(['postgresql']);
    expect(result.missing).toEqual(['mysql', 'vue.js', 'figma']);
    expect(result.partial).toEqual(['mysql', 'vue.js']);
    expect(result.partialVia).toEqual({ mysql: 'sql', 'vue.js': 'javascript' });
  });

  it('reads profiles saved with an older id', () => {
    expect(canonicalSkillId('google-cloud')).toBe('gcp');
    const old = profileSchema.parse({ skills: [{ id: 'google-cloud' }] });
    expect(matchSkills(['gcp'], old).matched).toEqual(['gcp']);
  });
});

describe('tools real offers ask for', () => {
  const ids = (text: string) => extractSkills(text).map((h) => h.id);
  it('reads them, and not the ordinary words they are spelled like', () => {
    expect(ids('Deploy with Helm and Kubernetes; calls over WebRTC.')).toEqual(['helm', 'kubernetes', 'webrtc']);
    expect(ids('You will be at the helm of our sales team.')).toEqual([]);
    expect(ids('Run the outreach in Lemlist and Apollo.io.')).toEqual(['cold-email-tools']);
    expect(ids('A/B tests in Optimizely, session replays in FullStory.')).toEqual(['optimizely', 'fullstory']);
  });
});
