import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * zod as the pages need it, within their 50 KB budget. zod's classic schemas bring along what the
 * pages never use: JSON Schema generation (`toJSONSchema()`, `~standard.jsonSchema`; the API
 * generates JSON Schema for its OpenAPI document, the pages do not) and the English wording of
 * every issue (the pages word field errors themselves, in az and en: see field-messages.ts).
 * Together ≈ 6 KB gzipped on every page. The build swaps them for stand-ins:
 * - JSON Schema generation fails loudly if ever called; only `aggregateChecks` (behind
 *   `schema.minLength` and friends) stays real;
 * - issues are worded `Required.` or `Invalid input`: the pages say them in the reader's
 *   language from their codes and parameters (see shared/field-errors.ts, field-messages.ts).
 */
export function zodForPages(): Plugin {
  const prefix = '\0zod-for-pages:';
  const stubbed = /^\.\.\/(core\/json-schema-processors|core\/to-json-schema|locales\/en)\.js$/;
  const unavailable =
    "const unavailable = () => { throw new Error('JSON Schema generation is not built into the web pages.'); };";
  const exportedNames = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/^export (?:function|const) ([\w$]+)/gm)].map((match) => match[1] ?? '');

  // The pages word field errors by code (shared/field-errors.ts); only `Required.` tells a
  // missing value from one of another type, as the API's English wording does.
  const issueWording = `export default () => ({
  localeError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'Required.' : 'Invalid input'),
});`;

  return {
    name: 'zod-for-pages',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/[\\/]zod[\\/]v4[\\/]classic[\\/]schemas\.js$/.test(importer) || !stubbed.test(source))
        return null;
      return prefix + resolve(dirname(importer), source);
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const real = id.slice(prefix.length);
      if (real.endsWith('en.js')) return issueWording;
      if (real.endsWith('to-json-schema.js')) {
        return `${unavailable}\nexport const createToJSONSchemaMethod = () => unavailable;\nexport const createStandardJSONSchemaMethod = () => unavailable;\n`;
      }
      const names = exportedNames(real).filter((name) => name !== 'aggregateChecks');
      return [
        `export { aggregateChecks } from ${JSON.stringify(real)};`,
        unavailable,
        ...names.map((name) => `export const ${name} = unavailable;`),
      ].join('\n');
    },
  };
}
