import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../support/answer-contract.ts';

const json = 'application/json; charset=UTF-8';
const theme = {
  slug: 'labour-rights',
  name: { az: 'Əmək hüquqları', en: 'Labour rights' },
  description: { az: 'Həmkarlar ittifaqları', en: 'Trade unions' },
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  version: 1,
};

describe('the answer contract the integration tests check', () => {
  it('passes an answer that fits the schema its route declares', async () => {
    await expect(checkAnswer('GET', '/api/themes', 200, json, { items: [theme] })).resolves.toBeUndefined();
  });

  it('fails an answer that drifted from its schema, naming the route and the field', async () => {
    const drifted = { items: [{ ...theme, name: 'Labour rights' }] };
    await expect(checkAnswer('GET', '/api/themes?x=1', 200, json, drifted)).rejects.toThrow(
      /GET \/api\/themes\?x=1 answered 200 outside its declared schema:\n {2}items\.0\.name: /,
    );
  });

  it('checks a problem answer against the problem schema', async () => {
    const problem = 'application/problem+json';
    await expect(checkAnswer('GET', '/api/members/abc', 404, problem, { title: 'Not Found' })).rejects.toThrow(
      /answered 404 outside its declared schema/,
    );
  });

  it('takes the most specific route of an address, and leaves undeclared answers alone', async () => {
    // The feed's address also fits /recommendations/{id}, whose JSON schema would refuse this.
    await expect(checkAnswer('GET', '/api/recommendations/feed.atom', 200, json, {})).resolves.toBeUndefined();
    await expect(checkAnswer('GET', '/api/recommendations/abc', 200, json, {})).rejects.toThrow(/outside/);
    await expect(checkAnswer('GET', '/api/no-such-route', 200, json, {})).resolves.toBeUndefined();
    await expect(checkAnswer('GET', '/api/themes', 418, json, {})).resolves.toBeUndefined();
    await expect(checkAnswer('GET', '/api/themes', 200, 'text/csv', 'a,b')).resolves.toBeUndefined();
  });
});
