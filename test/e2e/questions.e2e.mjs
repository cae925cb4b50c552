// Issue 14 end to end, in real Chromium with the built extension: what an offer leaves open becomes
// questions for the client in both languages, the message lands on the clipboard from one click, and the
// client's reply pasted into the decision clears what it answers.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { runnerImport } from 'vite';
import { report, seriousViolations } from './axe.mjs';
import { launchBrowser, PLAIN_PAGES_DIR, RESULTS_DIR, ROOT, waitForText } from './harness.mjs';

// A message on Fiverr, in the inbox layout, that names no budget and puts every damage on the freelancer.
const DM_PAGE = {
  url: 'https://www.fiverr.com/inbox/harborlightco',
  path: join(PLAIN_PAGES_DIR, 'questions-dm.html'),
};

/** The question bank from the TypeScript source, so the test expects the very sentences the build shows. */
async function loadQuestions() {
  const { module } = await runnerImport(join(ROOT, 'utils/questions/bank.ts'), {
    configFile: false,
    logLevel: 'silent',
  });
  return (id) => {
    const entry = module.findQuestion(id);
    assert.ok(entry, `no question ${id} in the bank`);
    return entry;
  };
}

async function openOverlay(harness, page) {
  const frame = await harness.openOverlay(page);
  // The tab is the one in front and has painted with the checklist in it before anything is clicked
  // (readClipboard).
  await harness.paintInFront(page);
  return frame;
}

/**
 * What the clipboard holds, read from an extension page (the clipboard permissions are granted); the offer's
 * tab is then brought back to the front, as a user going back to it would, and has painted before the test
 * goes on: until its tab has painted again, headless Chromium may route clicks meant for the checklist's
 * frame (another process) to the page behind it, where they are lost.
 */
async function readClipboard(harness, back) {
  const panel = await harness.openExtensionPage('sidepanel.html');
  await panel.bringToFront();
  try {
    return await panel.evaluate(() => navigator.clipboard.readText());
  } finally {
    await panel.close();
    await harness.paintInFront(back);
  }
}

/** Polls `read` until it matches `pattern` or `ms` have passed; returns the last value read. */
async function waitForValue(read, pattern, ms) {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!pattern.test(value) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    value = await read();
  }
  return value;
}

async function shoot(locator, name) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await locator.screenshot({ path: join(RESULTS_DIR, `${name}.png`) });
}

const questionText = async (root, id) =>
  (await root.locator(`[data-testid="questions-list"] li[data-question="${id}"] .question-text`).textContent())?.trim();

/**
 * Ticks a radio or checkbox in the checklist. The checklist may still re-render once while the offer
 * settles on a loaded machine, which can swallow one click; the state the user sees is what is checked.
 */
async function tick(locator) {
  for (let attempt = 0; ; attempt++) {
    try {
      await locator.check({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
}

describe('questions to ask, on a message in English', () => {
  let harness;
  let question;
  let page;
  let frame;
  before(async () => {
    question = await loadQuestions();
    harness = await launchBrowser({ pages: [DM_PAGE], locale: 'en' });
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = await harness.openPage(DM_PAGE.url);
    frame = await openOverlay(harness, page);
  });
  after(async () => {
    await harness?.close();
  });
  afterEach(() => {
    harness?.assertNoUnroutedRequests();
  });

  it('asks about the missing budget and the uncapped damages, in English and in Japanese', async () => {
    const section = frame.getByTestId('section-questions');
    await section.waitFor();
    assert.equal(await questionText(section, 'budget'), question('budget').question.en);
    assert.equal(await questionText(section, 'damagesCap'), question('damagesCap').question.en);
    const reason = await section.locator('li[data-question="damagesCap"] .question-reason').textContent();
    assert.equal(reason.trim(), question('damagesCap').reason.en);
    await shoot(section, 'questions-en-section');

    await tick(frame.getByTestId('questions-lang-ja'));
    assert.equal(await questionText(section, 'budget'), question('budget').question.ja);
    assert.equal(await questionText(section, 'damagesCap'), question('damagesCap').question.ja);
    const draft = await frame.getByTestId('questions-draft').inputValue();
    assert.match(draft, /ご教示いただけますでしょうか/);
    assert.match(draft, /お手数ですが/);
    await tick(frame.getByTestId('questions-lang-en'));
    assert.equal(await questionText(section, 'budget'), question('budget').question.en);
  });

  it('puts the message on the clipboard with one click, as edited', async () => {
    const box = frame.getByTestId('questions-draft');
    const draft = await box.inputValue();
    assert.match(draft, /^Hello harborlightco,\n/);
    assert.ok(draft.includes(question('budget').question.en));
    assert.ok(draft.includes(question('damagesCap').question.en));
    await box.fill(`${draft}\nAyaka`);
    await frame.getByTestId('questions-copy').click();
    await waitForText(frame.getByTestId('questions-status'), /Copied/);
    assert.equal(await readClipboard(harness, page), `${draft}\nAyaka`);
  });

  it('clears the damages question once the client’s reply states a cap, and keeps the reply', async () => {
    const section = frame.getByTestId('section-questions');
    await frame
      .getByTestId('client-reply')
      .fill('Thank you for the questions. We can cap it: liability is limited to the fees paid for the order.');
    await frame.getByTestId('client-reply-read').click();
    const answered = frame.getByTestId('questions-answered');
    await answered.waitFor({ timeout: 10_000 });
    assert.equal(await section.locator('[data-testid="questions-list"] li[data-question="damagesCap"]').count(), 0);
    assert.equal(
      (await answered.locator('li[data-question="damagesCap"]').textContent()).trim(),
      question('damagesCap').question.en,
    );
    // The budget was not answered: its question stays.
    assert.equal(await questionText(section, 'budget'), question('budget').question.en);
    assert.doesNotMatch(
      (await frame.locator('li[data-flag="unlimitedDamages"]').getAttribute('class')) ?? '',
      /\bon\b/,
    );
    await shoot(section, 'questions-en-after-reply');
    assert.deepEqual(report(await seriousViolations(frame)), [], 'the checklist with its questions, in English');

    // The note is what the user sees take the message. A click the browser routed to the page behind the
    // frame does nothing, so the button is then pressed from the keyboard, as a keyboard user would.
    const noteOf = () => frame.getByTestId('note').inputValue();
    const useNote = frame.getByTestId('questions-use-note');
    await useNote.click();
    let note = await waitForValue(noteOf, /^Hello harborlightco,/, 2_000);
    if (!/^Hello harborlightco,/.test(note)) {
      await useNote.focus();
      await useNote.press('Enter');
      note = await waitForValue(noteOf, /^Hello harborlightco,/, 5_000);
    }
    assert.match(note, /^Hello harborlightco,/);
    await frame.getByTestId('questions-status').waitFor({ timeout: 10_000 });
    const followUp = await frame.getByTestId('followup-date').inputValue();
    assert.match(await frame.getByTestId('questions-status').textContent(), new RegExp(`follow-up on ${followUp}`));
    const hold = frame.getByTestId('decide-hold');
    await hold.click();
    const banner = frame.getByTestId('decided-banner');
    if ((await waitForValue(() => banner.count(), /^1$/, 3_000)) === 0) {
      await hold.focus();
      await hold.press('Enter');
    }
    await banner.waitFor({ timeout: 10_000 });
    const decisions = await harness.readDecisions();
    const decision = decisions.find((d) => d.offer?.url === DM_PAGE.url);
    assert.ok(decision, 'the decision was not saved');
    assert.equal(decision.status, 'hold');
    assert.equal(decision.followUpAt, followUp);
    assert.match(decision.note, /Before I confirm, could you tell me/);
    assert.equal(decision.replies.length, 1);
    assert.match(decision.replies[0].text, /limited to the fees paid/);
    assert.doesNotMatch(decision.offer.text, /limited to the fees paid/, 'the offer text must stay as it was');
    assert.equal(decision.checklist.liability.unlimitedDamages.value, false);
  });
});

describe('questions to ask, on a pasted offer in Japanese', () => {
  let harness;
  let question;
  before(async () => {
    question = await loadQuestions();
    harness = await launchBrowser({ locale: 'ja' });
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  after(async () => {
    await harness?.close();
  });
  afterEach(() => {
    harness?.assertNoUnroutedRequests();
  });

  it('asks in polite Japanese, copies the message, and reads the reply’s cap and budget', async () => {
    const panel = await harness.openExtensionPage('sidepanel.html');
    await panel.getByTestId('paste-open').click();
    await panel
      .getByTestId('paste-text')
      .fill(
        '店舗サイトのコーディングをお願いしたく、ご連絡しました。\n受注者は本業務に関して生じた一切の損害を賠償するものとします。\n納期は来月末を予定しています。',
      );
    await panel.getByTestId('paste-sender').fill('山本');
    await panel.getByTestId('paste-submit').click();
    const section = panel.getByTestId('section-questions');
    await section.waitFor({ timeout: 10_000 });
    assert.equal(await questionText(section, 'budget'), question('budget').question.ja);
    assert.equal(await questionText(section, 'damagesCap'), question('damagesCap').question.ja);
    const reason = await section.locator('li[data-question="budget"] .question-reason').textContent();
    assert.equal(reason.trim(), question('budget').reason.ja);
    await shoot(section, 'questions-ja-section');

    const draft = await panel.getByTestId('questions-draft').inputValue();
    assert.match(draft, /^山本様\n/);
    await panel.getByTestId('questions-copy').click();
    await waitForText(panel.getByTestId('questions-status'), /コピーしました/);
    const copied = await panel.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, draft);
    assert.ok(copied.includes(question('damagesCap').question.ja));

    await panel
      .getByTestId('client-reply')
      .fill('ご確認ありがとうございます。ご予算は8万円です。損害賠償の額は本契約の委託料を上限とします。');
    await panel.getByTestId('client-reply-read').click();
    await panel.getByTestId('questions-answered').waitFor({ timeout: 10_000 });
    assert.equal(await section.locator('[data-testid="questions-list"] li[data-question="damagesCap"]').count(), 0);
    assert.equal(await section.locator('[data-testid="questions-list"] li[data-question="budget"]').count(), 0);
    assert.match(await panel.getByTestId('overlay-budget').textContent(), /80,000/);
    await shoot(section, 'questions-ja-after-reply');
    assert.deepEqual(report(await seriousViolations(panel)), [], 'the pasted offer with its questions, in Japanese');
    await panel.close();
  });
});
