/**
 * A field at fault in a request, as the API reports it and as the pages check it before sending.
 * `code` is stable and, with `params`, says what is wrong in any language; `message` says it in
 * English. Codes: `required`, `too-long` / `too-short` (`max` / `min` characters), `too-big` /
 * `too-small` (`max` / `min`), `invalid-format` (`format`: email, url, regex, …), `invalid-option`,
 * `invalid-type`, `unknown-field`, and the named rules of the schemas and use cases
 * (`control-characters`, `end-before-start`, `date-not-exist`, `unknown-theme`, …); `invalid` for the rest.
 */
export interface FieldError {
  field: string;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

/** The parts of a zod issue the codes come from (zod's own type differs between its builds). */
export interface IssueLike {
  code?: string;
  path: ReadonlyArray<PropertyKey>;
  message: string;
  keys?: string[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  params?: Record<string, unknown>;
}

function codeOf(issue: IssueLike): Pick<FieldError, 'code' | 'params'> {
  const text = issue.origin === 'string';
  switch (issue.code) {
    case 'invalid_type':
      // The API's zod words it in English; the pages' zod says `Required.` (shared/issue-wording.ts).
      return /received undefined$|^Required\.$/.test(issue.message) ? { code: 'required' } : { code: 'invalid-type' };
    case 'too_small':
      if (text && Number(issue.minimum) <= 1) return { code: 'required' };
      return { code: text ? 'too-short' : 'too-small', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return { code: text ? 'too-long' : 'too-big', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { code: 'invalid-format', params: { format: issue.format ?? 'unknown' } };
    case 'invalid_value':
      return { code: 'invalid-option' };
    case 'custom':
      return { code: typeof issue.params?.code === 'string' ? issue.params.code : 'invalid' };
    default:
      return { code: 'invalid' };
  }
}

/** zod issues as the fields at fault, named by their dotted path (under `prefix`, e.g. `query`). */
export function fieldErrorsOf(issues: ReadonlyArray<IssueLike>, prefix?: string): FieldError[] {
  return issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({
        field: [base, key].filter(Boolean).join('.'),
        code: 'unknown-field',
        message: 'Unknown field.',
      }));
    }
    return [{ field: base || '(body)', ...codeOf(issue), message: issue.message }];
  });
}
