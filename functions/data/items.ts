import * as z from 'zod/mini';

/**
 * A stored item that does not have the shape its schema says. Not an AppError: the caller did
 * nothing wrong, so it is answered as a 500 and logged with the item's key and the failing
 * fields (never their values), where an operator can find the item and mend it.
 */
export class MalformedItem extends Error {
  constructor(
    readonly key: { PK: unknown; SK: unknown },
    readonly fields: string[],
  ) {
    super(`Stored item ${String(key.PK)} / ${String(key.SK)} is malformed at: ${fields.join(', ')}`);
    this.name = 'MalformedItem';
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
