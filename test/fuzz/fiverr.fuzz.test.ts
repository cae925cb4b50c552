// @vitest-environment happy-dom
// The fiverr adapter on random and hostile documents (see suites.ts).
import { describeAdapterFuzz } from './suites';

describeAdapterFuzz('fiverr');
