import { createHash } from 'node:crypto';
import * as z from 'zod/mini';

/** An email address inside a key (`EMAIL#…`, `SUBSCRIBER#…`): between the key's separators. */
const addressInKey = /[^#\s]+@[^#\s]+/g;

/**
 * A key part fit for the logs: an address in it becomes the start of its SHA-256, so that no
 * address reaches the logs while an operator who has one finds its item
 * (`printf %s ana@example.org | sha256sum`).
 */
function loggableKeyPart(part: unknown): string {
  return String(part).replace(
    addressInKey,
    (address) => `sha256:${createHash('sha256').update(address).digest('hex').slice(0, 16)}`,
  );
}

/**
 * A stored item that does not have the shape its schema says. Not an AppError: the caller did
 * nothing wrong, so it is answered as a 500 and logged with the item's key and the failing
 * fields (never their values), where an operator can find the item and mend it. An address in
 * the key is logged as its digest (`loggableKeyPart`).
 */
export class MalformedItem extends Error {
  readonly key: { PK: string; SK: string };

  constructor(
    key: { PK: unknown; SK: unknown },
    readonly fields: string[],
  ) {
    const loggable = { PK: loggableKeyPart(key.PK), SK: loggableKeyPart(key.SK) };
    super(`Stored item ${loggable.PK} / ${loggable.SK} is malformed at: ${fields.join(', ')}`);
    this.name = 'MalformedItem';
    this.key = loggable;
  }
}

/**
 * Reads an item through the schema of what it stores (ARCHITECTURE.md, "Items at the boundary").
 * The shared schemas are objects that drop unknown keys, so the key and index attributes fall
 * away; `defaults` fills attributes that are left out when empty (DynamoDB stores no undefined).
 * `z.safeParse` of zod/mini parses the shared (full zod) schemas and the data layer's own alike.
 */
export function fromItem<Schema extends z.ZodMiniType>(
  schema: Schema,
  item: Record<string, unknown>,
  defaults: Partial<Record<string, unknown>> = {},
): z.output<Schema> {
  const parsed = z.safeParse(schema, { ...defaults, ...item });
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(item)');
  throw new MalformedItem({ PK: item.PK, SK: item.SK }, [...new Set(fields)]);
}

/** `fromItem` with the schema fixed, for mapping a page of items. */
export const itemReader =
  <Schema extends z.ZodMiniType>(schema: Schema, defaults: Partial<Record<string, unknown>> = {}) =>
  (item: Record<string, unknown>): z.output<Schema> =>
    fromItem(schema, item, defaults);
