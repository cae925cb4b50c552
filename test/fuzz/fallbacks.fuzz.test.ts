// @vitest-environment happy-dom
// The JSON-LD and main-text fallbacks on random and hostile documents (see suites.ts).
import { describeFallbackFuzz } from './suites';

describeFallbackFuzz();
