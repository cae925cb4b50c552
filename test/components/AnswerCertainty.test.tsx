// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LiabilitySection } from '../../components/LiabilitySection';
import { RemoteSection } from '../../components/RemoteSection';
import { analyzeOffer, suggestChecklist } from '../../utils/analysis';
import { renderIn } from './render';

afterEach(cleanup);

// Certainty and who stands between, as the overlay shows them, from a real analysis.
const checklist = suggestChecklist(
  analyzeOffer({
    site: 'contract',
    text: 'エージェント経由でのご紹介となります。フルリモート。受注者は一切の損害を賠償するものとします。秘密保持が必要な場合は別途締結します。',
  }),
);

describe('answers say how sure they are', () => {
  it.each([
    ['en', 'Stated in the text', 'An agent or agency (it carries disputes first)', 'Likely, not stated outright'],
    ['ja', '本文に明記', 'エージェント・仲介会社（トラブルはまず仲介側が負う）', '推定（明記なし）'],
  ] as const)('in %s', (locale, stated, agent, likely) => {
    renderIn(locale, <RemoteSection checklist={checklist} />);
    expect(screen.getByTestId('certainty').textContent).toBe(stated);
    cleanup();
    renderIn(locale, <LiabilitySection checklist={checklist} />);
    const between = screen.getByTestId('intermediary');
    expect(between.dataset.value).toBe('agent');
    expect(between.textContent).toContain(agent);
    const damages = document.querySelector('[data-flag="unlimitedDamages"]');
    expect(damages?.querySelector('[data-certainty]')?.textContent).toBe(stated);
    // The conditional NDA stays down but is marked as likely: a question for the client.
    const nda = document.querySelector('[data-flag="nda"]');
    expect(nda?.querySelector('[data-certainty]')?.textContent).toBe(likely);
  });
});
