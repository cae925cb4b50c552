import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installWelcome } from '../../../entrypoints/background/welcome';

describe('the welcome page on install', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens once on a fresh install', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    installWelcome();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create.mock.calls.map(([props]) => props.url)).toEqual([expect.stringMatching(/\/welcome\.html$/)]);
  });

  it('stays closed on an update of the extension or of the browser', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    installWelcome();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    expect(create).not.toHaveBeenCalled();
  });
});
