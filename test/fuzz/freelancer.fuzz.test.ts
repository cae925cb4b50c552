// @vitest-environment happy-dom
// The freelancer adapter on random and hostile documents (see suites.ts).
import { describeAdapterFuzz } from './suites';

describeAdapterFuzz('freelancer');
