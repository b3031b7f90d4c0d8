import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '#infra/paths.ts';
import { withoutSchemaMeta } from '#infra/schema-meta.ts';

describe('the schemas as bundled, without their OpenAPI words', () => {
  it('cuts every .apply(meta(…)), nested or chained, and leaves the rest as written', () => {
    const code = [
      "const label = 'Ölkə’nin adı';",
      "export const a = z.object({ name: z.string().apply(meta({ description: 'Şəxsin adı (it’s)' })) }).apply(meta({ id: 'A' }));",
      'export const b = pageOf(a).apply(meta({ id: "APage", description: `many\nlines` }));',
      "export const c = z.optional(z.boolean()).apply(other({ id: 'kept' }));",
    ].join('\n');
    expect(withoutSchemaMeta(code)).toBe(
      [
        "const label = 'Ölkə’nin adı';",
        'export const a = z.object({ name: z.string() });',
        'export const b = pageOf(a);',
        "export const c = z.optional(z.boolean()).apply(other({ id: 'kept' }));",
      ].join('\n'),
    );
  });

  it('leaves a real schema module that parses what it parsed before, with no words left in it', async () => {
    const source = readFileSync(fromRoot('shared/schemas/session.ts'), 'utf8');
    const { code } = await transform(source, { loader: 'ts', format: 'esm' });
    const stripped = withoutSchemaMeta(code);
    expect(code).toContain('meta(');
    expect(stripped).not.toMatch(/\.apply\(\s*meta\(/);
    expect(stripped).not.toContain('description:');
    // Still JavaScript: esbuild reads it back.
    await expect(transform(stripped, { loader: 'js', format: 'esm' })).resolves.toBeDefined();
  });
});
