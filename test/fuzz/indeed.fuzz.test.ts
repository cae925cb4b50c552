// @vitest-environment happy-dom
// The indeed adapter on random and hostile documents (see suites.ts).
import { describeAdapterFuzz } from './suites';

describeAdapterFuzz('indeed');
