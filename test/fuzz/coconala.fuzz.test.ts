// @vitest-environment happy-dom
// The coconala adapter on random and hostile documents (see suites.ts).
import { describeAdapterFuzz } from './suites';

describeAdapterFuzz('coconala');
