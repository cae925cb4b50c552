// @vitest-environment happy-dom
// The crowdworks adapter on random and hostile documents (see suites.ts).
import { describeAdapterFuzz } from './suites';

describeAdapterFuzz('crowdworks');
