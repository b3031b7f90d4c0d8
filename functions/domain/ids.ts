import { randomBytes } from 'node:crypto';

/** A URL-safe id that sorts by creation time (48-bit ms timestamp, then 80 random bits). */
export function newId(now: Date = new Date()): string {
  const time = Buffer.alloc(6);
  time.writeUIntBE(now.getTime(), 0, 6);
  return Buffer.concat([time, randomBytes(10)]).toString('base64url');
}
