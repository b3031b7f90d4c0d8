import { createHash, randomBytes } from 'node:crypto';

/** A secret for a link or a cookie: 256 random bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What is stored instead of a token, so a leaked table opens no accounts. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

export const tokenPattern = /^[A-Za-z0-9_-]{43}$/;
