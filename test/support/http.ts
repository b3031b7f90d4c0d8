import { inject } from 'vitest';
import { checkAnswer } from './answer-contract.ts';

export const baseUrl = (): string => inject('baseUrl');

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** An HTTP call to the running portal, as a browser on the portal's own origin would make it. */
// biome-ignore lint/suspicious/noExplicitAny: tests check answer shapes with expect(), not with types
export async function api<T = any>(
  path: string,
  options: { method?: string; body?: unknown; cookie?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers.Cookie = options.cookie;
  let payload: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    payload = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await fetch(`${baseUrl()}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: payload,
    redirect: 'manual',
  });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') && text ? JSON.parse(text) : text;
  await checkAnswer(options.method ?? 'GET', path, response.status, type, body);
  return { status: response.status, headers: response.headers, body: body as T };
}

/**
 * Every item of a paged list, following its cursor to the end. Other files add to every list on
 * the shared stack meanwhile, so a test looks for its own records in the whole list, never in a
 * first page that theirs may have pushed it off.
 */
// biome-ignore lint/suspicious/noExplicitAny: tests check answer shapes with expect(), not with types
export async function allItems<T = any>(path: string, cookie?: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const next: string = cursor ? `${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}` : '';
    const page: ApiResponse<{ items: T[]; nextCursor: string | null }> = await api(`${path}${next}`, { cookie });
    if (page.status !== 200) throw new Error(`${path}${next} answered ${page.status}`);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}
