/**
 * The catalog search part of `npm run bench`: fills the local stack with published bilingual
 * outcomes (through the outcomes module's import, as an archive would come in), then times
 * searches through the app and counts the DynamoDB calls each makes, at two archive sizes, so
 * the table shows how the cost grows with the archive.
 */
import { randomUUID } from 'node:crypto';
import { createApp } from '#functions/api/app.ts';
import { dynamo } from '#functions/data/clients.ts';
import { outcomesRepository, type StoredCatalogEntry } from '#functions/data/outcomes.ts';
import { termsOf } from '#functions/domain/outcomes.ts';
import { defaultDeps } from '#functions/wiring.ts';

const azWords =
  'işçi hüquqları həmkarlar ittifaqı əmək müqavilə sahibkar biznes korporativ sosial məsuliyyət əlillik əlçatanlıq iş yeri təhlükəsizlik maaş bərabərlik ayrı-seçkilik qadın gənclər monitorinq ombudsman tövsiyə qanunvericilik dövlət orqanı vergi yoxlama mülkiyyət şəffaflıq hesabat təchizat zənciri ekologiya məşğulluq təlim dialoq kollektiv sığorta pensiya sağlamlıq mühafizə icazə lisenziya korrupsiya etik kodeks şikayət mexanizm'.split(
    ' ',
  );
const enWords =
  'workers rights trade union labour contract entrepreneur business corporate social responsibility disability accessibility workplace safety wages equality discrimination women youth monitoring ombudsman recommendation legislation state body tax inspection property transparency report supply chain environment employment training dialogue collective insurance pension health protection permit licence corruption ethics code complaint mechanism'.split(
    ' ',
  );
const themes = [
  'disability-rights',
  'trade-unions-labour-rights',
  'corporate-social-responsibility',
  'entrepreneurs-interests',
];

function words(pool: string[], count: number, seed: number): string {
  return Array.from({ length: count }, (_, i) => pool[(seed * 7 + i * 13 + ((seed >> 3) % 5) * i) % pool.length]).join(
    ' ',
  );
}

function fakeEntry(n: number): StoredCatalogEntry {
  const published = new Date(Date.UTC(2015, 0, 1) + n * 3_600_000 * 13).toISOString();
  const summary = { az: words(azWords, 60, n), en: words(enWords, 60, n + 1) };
  const content = {
    summary,
    recommendations: [0, 1, 2].map((i) => ({
      text: { az: words(azWords, 12, n + i * 3), en: words(enWords, 12, n + i * 5) },
      addressees: ['businesses' as const],
    })),
    documents: [],
  };
  const entry = {
    sessionId: `bench${String(n).padStart(7, '0')}${randomUUID().slice(0, 6)}`,
    theme: themes[n % themes.length] as string,
    title: { az: `İclas ${n}: ${words(azWords, 5, n + 2)}`, en: `Session ${n}: ${words(enWords, 5, n + 3)}` },
    summary,
    sessionStartsAt: published,
    venue: 'Bakı',
    publishedAt: published,
    correctedAt: null,
    recommendations: 3,
    content,
    attendance: { attended: 20, organisations: 12 },
    visibility: 'public' as const,
  };
  return { ...entry, terms: termsOf(entry, []) };
}

export async function fillCatalog(from: number, to: number): Promise<void> {
  const chunk = 10;
  const jobs: Promise<void>[] = [];
  for (let start = from; start < to; start += chunk) {
    const entries = Array.from({ length: Math.min(chunk, to - start) }, (_, i) => fakeEntry(start + i));
    jobs.push(outcomesRepository.importPublished(entries));
    if (jobs.length >= 12) await Promise.all(jobs.splice(0));
  }
  await Promise.all(jobs);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};

export async function timeSearches(queries: string[], runs: number) {
  const app = createApp(defaultDeps());
  let calls = 0;
  const name = 'bench-count-calls';
  dynamo().middlewareStack.add(
    (next) => async (args) => {
      calls += 1;
      return next(args);
    },
    { step: 'initialize', name },
  );
  try {
    const results = [];
    for (const q of queries) {
      const times: number[] = [];
      let perRequest = 0;
      let found = 0;
      for (let i = 0; i < runs; i += 1) {
        calls = 0;
        const started = performance.now();
        const answer = await app.request(`/api/outcomes?limit=20&q=${encodeURIComponent(q)}`);
        const body = (await answer.json()) as { items: unknown[] };
        times.push(performance.now() - started);
        perRequest = calls;
        found = body.items.length;
      }
      results.push({ q, median: percentile(times, 50), p95: percentile(times, 95), calls: perRequest, found });
    }
    return results;
  } finally {
    dynamo().middlewareStack.remove(name);
  }
}
