// @vitest-environment happy-dom
// The linkedin-messaging adapter on random and hostile documents (see suites.ts).
import { describeAdapterFuzz } from './suites';

describeAdapterFuzz('linkedin-messaging');
