// Ajv's errors, as sentences for the person who wrote the resume.

export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'an object ({ … })',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  null: 'null',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'an invalid Date';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return `${value}`;
  if (value === undefined) return 'an empty value';
  return typeof value === 'number' ? 'a number' : typeof value;
}

const FORMAT_MESSAGES: Record<string, string> = {
  uri: 'should be a full web address, such as https://example.com',
  'uri-reference': 'should be a web address, such as https://example.com or papers/paper.pdf',
  email: 'should be an email address, such as name@example.com',
};

const PATTERN_MESSAGES: [RegExp, string][] = [
  [/\[1-2\]\[0-9\]\{3\}/, 'should be a date written as YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-05'],
  [/\[a-zA-Z\]\{2,3\}/, 'should be a language tag such as en, de or pt-BR'],
  [/rgb\|hsl/, 'should be a CSS colour such as #1a5fb4, rgb(26 95 180) or teal'],
  [/^\^\\d\{4\}\$$/, 'should be a year, such as 2022'],
];

/** The sentence for one schema error; `value` is what the resume holds at its path. */
export function schemaMessage(error: SchemaError, value: unknown): string {
  const { keyword, params } = error;
  switch (keyword) {
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((type) => TYPE_NAMES[type] ?? type)
        .join(' or ');
      return `should be ${expected}, not ${describeValue(value)}`;
    }
    case 'format':
      return FORMAT_MESSAGES[String(params.format)] ?? `should be a valid ${String(params.format)}`;
    case 'pattern': {
      const pattern = String(params.pattern);
      const known = PATTERN_MESSAGES.find(([marker]) => marker.test(pattern));
      return known ? known[1] : `does not have the expected form (${pattern})`;
    }
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      return `should be one of: ${allowed.map((item) => JSON.stringify(item)).join(', ')}`;
    }
    case 'anyOf':
      // The only alternatives in the schema: a research section's list, or its lists in named groups.
      return `should be a list of entries, or lists of entries by name ({ "name": [ … ] }), not ${describeValue(value)}`;
    case 'minimum':
      return `should be ${String(params.limit)} or more`;
    case 'maximum':
      return `should be ${String(params.limit)} or less`;
    case 'required':
      return `is missing the required field "${String(params.missingProperty)}"`;
    case 'additionalProperties':
      return `has a field the schema does not allow: "${String(params.additionalProperty)}"`;
    default:
      return `does not match the schema (${keyword})`;
  }
}
