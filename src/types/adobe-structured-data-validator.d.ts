/**
 * Types for @adobe/structured-data-validator, which ships none (used by tests/clients/). Only what
 * the tests call: validate() takes the extractor's output (JSON-LD, microdata and RDFa by type).
 */
declare module '@adobe/structured-data-validator' {
  export interface ValidationIssue {
    issueMessage: string;
    severity: 'ERROR' | 'WARNING';
    path: unknown[];
    fieldNames?: string[];
  }
  export default class Validator {
    constructor(schemaOrgJson?: unknown);
    validate(extracted: {
      jsonld?: Record<string, unknown[]>;
      microdata?: Record<string, unknown[]>;
      rdfa?: Record<string, unknown[]>;
    }): Promise<ValidationIssue[]>;
  }
}
