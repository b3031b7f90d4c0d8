import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it, vi } from 'vitest';

const captured: object[] = [];
vi.mock('@aws-lambda-powertools/tracer', () => ({
  Tracer: class {
    captureAWSv3Client<Client extends object>(client: Client): Client {
      captured.push(client);
      return client;
    }
  },
}));

describe('traced SDK clients', () => {
  it('hands the client back at once and captures it when the Tracer has loaded', async () => {
    const { traced } = await import('#functions/data/tracing.ts');
    const client = new DynamoDBClient({ region: 'eu-central-1' });
    expect(traced(client)).toBe(client);
    await vi.waitFor(() => expect(captured).toContain(client));
  });
});
