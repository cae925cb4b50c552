// The @jsonresume/schema package ships no types; this is the part the tests use.
declare module '@jsonresume/schema' {
  const resumeSchema: {
    validate(resume: unknown, callback: (errors: { stack: string }[] | null, valid: boolean) => void): void;
    schema: object;
  };
  export default resumeSchema;
}
