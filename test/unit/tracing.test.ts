import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it, vi } from 'vitest';

const captured: object[] = [];
const loaded = vi.fn();
vi.mock('@aws-lambda-powertools/tracer', () => {
  loaded();
  return {
    Tracer: class {
      captureAWSv3Client<Client extends object>(client: Client): Client {
        captured.push(client);
        return client;
      }
    },
  };
});

/** `traced` with a fresh configuration read from POWERTOOLS_TRACE_ENABLED = `enabled`. */
async function tracedWith(enabled: string | undefined) {
  vi.resetModules();
  if (enabled === undefined) delete process.env.POWERTOOLS_TRACE_ENABLED;
  else process.env.POWERTOOLS_TRACE_ENABLED = enabled;
  return (await import('#functions/data/tracing.ts')).traced;
}

afterEach(() => {
  delete process.env.POWERTOOLS_TRACE_ENABLED;
});

describe('traced SDK clients', () => {
  it('hands the client back at once and captures it when the Tracer has loaded', async () => {
    const traced = await tracedWith('true');
    const client = new DynamoDBClient({ region: 'eu-central-1' });
    expect(traced(client)).toBe(client);
    await vi.waitFor(() => expect(captured).toContain(client));
  });

  it('does not load the Tracer at all where tracing is off, or not asked for', async () => {
    loaded.mockClear();
    const untraced: object[] = [];
    for (const setting of ['false', undefined]) {
      const traced = await tracedWith(setting);
      const client = new DynamoDBClient({ region: 'eu-central-1' });
      expect(traced(client)).toBe(client);
      untraced.push(client);
    }
    expect(loaded).not.toHaveBeenCalled();
    // A client traced afterwards is captured: by then any load the others started would have ended.
    const traced = await tracedWith('true');
    const later = traced(new DynamoDBClient({ region: 'eu-central-1' }));
    await vi.waitFor(() => expect(captured).toContain(later));
    for (const client of untraced) expect(captured).not.toContain(client);
  });
});
