// Types for the validator that src/schema/compile.mjs generates with Ajv (standalone code).

interface SchemaError {
  /** JSON pointer to the failing value. */
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/** Evaluates the compiled validator; call once, on first use. */
declare function loadValidator(): SchemaValidator;

export = loadValidator;
