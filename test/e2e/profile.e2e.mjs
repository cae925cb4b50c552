// Issue 5 end to end: the profile edited on the options page changes the checklist on a page — skill
// match and community tie — in real Chromium with the built extension.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, loadSiteFixtures } from './harness.mjs';

const fixtures = loadSiteFixtures();
const thread = fixtures.find((f) => f.site === 'linkedin-messaging');

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
    assert.match(await before.frame.getByTestId('skills-missing').textContent(), /React/);
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
});
