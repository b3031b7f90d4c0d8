import { describe, expect, inject, it } from 'vitest';
import { runSmoke, smokeSteps } from '#dev/smoke.ts';

describe('npm run smoke', () => {
  it('passes every step of the public journey against the local stack', async () => {
    const results = await runSmoke(inject('baseUrl'));
    expect(results.map((result) => result.step)).toEqual(smokeSteps.map((step) => step.name));
    expect(results.filter((result) => result.problem)).toEqual([]);
  });

  it('reports a failing step instead of passing it (the check above can fail)', async () => {
    const results = await runSmoke(inject('baseUrl'), [
      { name: 'missing', path: '/api/no-such-thing', check: () => undefined },
    ]);
    expect(results).toEqual([
      expect.objectContaining({ step: 'missing', status: 404, problem: expect.stringMatching(/^status 404/) }),
    ]);
  });
});
