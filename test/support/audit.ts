import { api } from './http.ts';
import { secretariat } from './people.ts';

export interface AuditRecord {
  action: string;
  entityId: string;
  at: string;
  changes?: Record<string, { from: unknown; to: unknown }>;
}

/**
 * The audit events on one record since `since`, newest first: pages are read until events older
 * than `since` begin, since other files write to the log meanwhile.
 */
export async function auditEventsOn(entityId: string, since: string): Promise<AuditRecord[]> {
  const events: AuditRecord[] = [];
  let cursor = '';
  for (;;) {
    const page = await api(`/api/audit?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { cookie: await secretariat() });
    const items = page.body.items as AuditRecord[];
    events.push(...items.filter((event) => event.entityId === entityId));
    if (!page.body.nextCursor || items.some((event) => event.at < since)) return events;
    cursor = page.body.nextCursor;
  }
}
