// @vitest-environment happy-dom
// The upwork adapter on random and hostile documents (see suites.ts).
import { describeAdapterFuzz } from './suites';

describeAdapterFuzz('upwork');
