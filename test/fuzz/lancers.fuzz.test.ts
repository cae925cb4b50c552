// @vitest-environment happy-dom
// The lancers adapter on random and hostile documents (see suites.ts).
import { describeAdapterFuzz } from './suites';

describeAdapterFuzz('lancers');
