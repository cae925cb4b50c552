export * from './analysis';
export * from './checklist';
export * from './decision';
export * from './offer';
export * from './portfolio';
export * from './profile';
