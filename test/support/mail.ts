import type { MessageSummary } from '#shared/schemas/message.ts';
import { api } from './http.ts';
import { secretariat } from './people.ts';

type SessionMessage = MessageSummary & {
  deliveries: Array<{ address: string; status: string; memberId: string | null; name: string }>;
};

/**
 * The mail about a session once the worker has finished it: waits until at least `count`
 * messages exist and every one is done (ARCHITECTURE.md, "Mail outbox"), so a test can assert
 * who got mail, and who did not, without racing the worker.
 */
export async function mailSettled(sessionId: string, count = 1, timeoutMs = 60_000): Promise<SessionMessage[]> {
  const cookie = await secretariat();
  const until = Date.now() + timeoutMs;
  let last: SessionMessage[] = [];
  while (Date.now() < until) {
    const answer = await api<{ items: SessionMessage[] }>(`/api/sessions/${sessionId}/messages`, { cookie });
    if (answer.status !== 200) throw new Error(`messages answered ${answer.status}`);
    last = answer.body.items;
    if (last.length >= count && last.every((message) => message.state === 'done')) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `mail about ${sessionId} not settled: ${JSON.stringify(last.map((m) => [m.kind, m.state, m.counts]))}`,
  );
}
