import { readFileSync } from 'node:fs';
import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, documentText, openApiFile } from '#dev/openapi.ts';
import { createApp } from '#functions/api/app.ts';
import { mockDeps } from './support.ts';

/** The OpenAPI document is written at build time (`npm run openapi`) and served as it is. */
describe('the OpenAPI document', () => {
  it('is the one the routes declare now (else run `npm run openapi`)', async () => {
    const built = JSON.parse(documentText(await buildOpenApiDocument()));
    expect(JSON.parse(readFileSync(openApiFile, 'utf8'))).toEqual(built);
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const document = JSON.parse(readFileSync(openApiFile, 'utf8'));
    const result = await validate(document);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('is served at /api/openapi.json with every route’s access rule', async () => {
    const answer = await createApp(mockDeps()).request('/api/openapi.json');
    expect(answer.status).toBe(200);
    const document = await answer.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths['/api/sessions/{id}'].patch['x-access']).toBe('secretariat');
    expect(document.paths['/api/sessions'].get.parameters.map((p: { name: string }) => p.name)).toContain('cursor');
  });
});
