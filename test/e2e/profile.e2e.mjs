// Issue 5 end to end: the profile edited on the options page changes the checklist on a page — skill
// match and community tie — in real Chromium with the built extension.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, loadSiteFixtures } from './harness.mjs';

const fixtures = loadSiteFixtures();
const thread = fixtures.find((f) => f.site === 'linkedin-messaging');
const scammy = fixtures.find((f) => f.site === 'crowdworks' && !f.degraded);

describe('profile on the options page', () => {
  let harness;
  before(async () => {
    harness = await launchBrowser({ pages: fixtures, locale: 'en' });
  });
  after(async () => {
    await harness?.close();
  });

  async function openChecklist() {
    const page = await harness.openPage(thread.url);
    await harness.launcher(page).click();
    const frame = await harness.overlayFrame(page);
    await frame.getByTestId('overlay-title').waitFor({ timeout: 10_000 });
    return { page, frame };
  }

  it('turns a stranger into someone known and React into a skill you have', async (t) => {
    if (!thread) return t.skip('no LinkedIn conversation fixture');
    const before = await openChecklist();
    const tie = before.frame.locator('input[name="communityTie"]:checked');
    assert.equal(await tie.getAttribute('value'), 'cold');
    // An empty profile asks for skills instead of calling React missing.
    assert.match(await before.frame.getByTestId('skills-asked').textContent(), /React/);
    assert.equal(await before.frame.getByTestId('skills-missing').count(), 0);
    await before.page.close();

    const options = await harness.openExtensionPage('options.html');
    await options.getByTestId('skill-input').fill('ReactJS');
    await options.getByTestId('skill-input').press('Enter');
    await options.getByTestId('add-contact').click();
    await options.locator('.profile-card').last().getByLabel('Name').fill(thread.client);
    await options.getByTestId('profile-save').click();
    await options.getByText('Profile saved').waitFor({ timeout: 10_000 });
    await harness.screenshot(options, 'options-en-profile');
    await options.close();

    const after = await openChecklist();
    assert.equal(
      await after.frame.locator('input[name="communityTie"]:checked').getAttribute('value'),
      'known-personally',
    );
    assert.match(await after.frame.getByTestId('skills-matched').textContent(), /React/);
    await after.page.close();
  });

  it('ticks the decline reasons the checklist points at; the user’s own picks are what is saved', async (t) => {
    if (!scammy) return t.skip('no CrowdWorks fixture');
    const page = await harness.openPage(scammy.url);
    await harness.launcher(page).click();
    const frame = await harness.overlayFrame(page);
    await frame.getByTestId('overlay-title').waitFor({ timeout: 10_000 });
    const reasons = frame.getByTestId('decline-reasons');
    // Fees up front and a move to LINE before any contract: a scam pattern.
    await frame.getByTestId('reasons-suggested').waitFor();
    assert.equal(await reasons.getByLabel('Looks like a scam').isChecked(), true);
    await reasons.getByLabel('Pay too low').check();
    const picked = await reasons.locator('input:checked').evaluateAll((inputs) => inputs.map((i) => i.value));
    assert.equal(await frame.getByTestId('reasons-suggested').count(), 0, 'the hint goes once the user picks');
    await frame.getByTestId('decide-declined').click();
    await frame.getByTestId('decided-banner').waitFor({ timeout: 10_000 });
    const saved = (await harness.readDecisions()).find((d) => d.offer.url === scammy.url);
    assert.deepEqual(saved.declineReasons, picked);
    assert.ok(picked.includes('rate') && picked.includes('scam'));
    await page.close();
  });
});
