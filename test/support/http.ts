import { inject } from 'vitest';

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
  return { status: response.status, headers: response.headers, body: body as T };
}
