import type * as z from 'zod/mini';
import type { FieldError } from '#shared/field-errors.ts';
import { publicAnswers } from '#shared/public-answers.ts';
import type { signedInSchema } from '#shared/schemas/auth.ts';
import type { Health } from '#shared/schemas/health.ts';
import type {
  InviteMember,
  Member,
  MemberStatus,
  memberPageSchema,
  memberSchema,
  OrganisationType,
  UpdateMember,
} from '#shared/schemas/member.ts';
import type { Problem } from '#shared/schemas/problem.ts';
import type { Theme, themeListSchema } from '#shared/schemas/theme.ts';

export type { FieldError } from '#shared/field-errors.ts';

/** An answer that is not a success, as problem+json told it (or as close as the answer allows). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
}

async function send(path: string, { method = 'GET', body, headers = {} }: RequestOptions): Promise<Response> {
  try {
    return await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached.');
  }
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.round((at - Date.now()) / 1000));
}

/**
 * Whether a failure's body is the API's problem+json. Only the fields the pages read are looked
 * at; anything else (a proxy's HTML page, a cut-off body) is told by its status alone.
 */
function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const { status, code, detail, errors } = body as Record<string, unknown>;
  return (
    typeof status === 'number' &&
    typeof code === 'string' &&
    typeof detail === 'string' &&
    (errors === undefined || Array.isArray(errors))
  );
}

async function errorFrom(response: Response): Promise<ApiError> {
  const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
  const body: unknown = await response.json().catch(() => null);
  if (isProblem(body)) {
    const { status, code, detail, errors = [] } = body;
    return new ApiError(status, code, detail, errors, retryAfter);
  }
  return new ApiError(response.status, `http-${response.status}`, response.statusText, [], retryAfter);
}

/**
 * What a route answers, named by the shared schema it declares for its success. The pages take
 * the API's answers as the schemas type them without parsing them again: the integration tests
 * check every answer against its route's schema instead, and zod stays out of the pages that
 * only read (ARCHITECTURE.md, "`web/`").
 */
export type AnswerOf<S extends z.ZodMiniType> = z.output<S>;

/** Not JSON at all (a proxy's page, a cut-off body) is an error, never a page drawn from nothing. */
async function jsonOf(response: Response): Promise<unknown> {
  const body: unknown = await response.json().catch(() => undefined);
  if (typeof body !== 'object' || body === null) {
    throw new ApiError(response.status, 'unexpected-answer', 'The server answered in an unexpected shape.');
  }
  return body;
}

export async function requestJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (!response.ok) throw await errorFrom(response);
  return (await jsonOf(response)) as T;
}

export async function requestNothing(path: string, options: RequestOptions = {}): Promise<void> {
  const response = await send(path, options);
  if (!response.ok) throw await errorFrom(response);
}

export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export interface MemberQuery {
  q?: string;
  organisationType?: OrganisationType;
  status?: MemberStatus;
  cursor?: string;
  limit?: number;
}

export const api = {
  /** The health answer is the same JSON whether the portal is well (200) or not (503). */
  async health(): Promise<Health> {
    const response = await send('/api/health', {});
    if (response.status !== 200 && response.status !== 503) throw await errorFrom(response);
    return (await jsonOf(response)) as Health;
  },

  async themes(): Promise<Theme[]> {
    // The same for everyone, so always the copy CloudFront keeps.
    return (await requestJson<AnswerOf<typeof themeListSchema>>(publicAnswers.themes.path)).items;
  },

  /**
   * The signed-in member, or null for an anonymous visitor: asked of `/api/auth/session`, which
   * answers a visitor 200, so that no page load logs a failed request in the console.
   */
  async me(): Promise<Member | null> {
    return (await requestJson<AnswerOf<typeof signedInSchema>>('/api/auth/session')).member;
  },

  /** The emailed link brings the member back to `next`, a path of the portal. */
  signIn: (email: string, next?: string) =>
    requestNothing('/api/auth/sign-in', { method: 'POST', body: next ? { email, next } : { email } }),

  signOut: () => requestNothing('/api/auth/sign-out', { method: 'POST' }),

  listMembers: (query: MemberQuery) =>
    requestJson<AnswerOf<typeof memberPageSchema>>(withQuery('/api/members', { ...query })),

  getMember: (id: string) => requestJson<AnswerOf<typeof memberSchema>>(`/api/members/${encodeURIComponent(id)}`),

  inviteMember: (invitation: InviteMember, idempotencyKey: string) =>
    requestJson<AnswerOf<typeof memberSchema>>('/api/members', {
      method: 'POST',
      body: invitation,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),

  resendInvitation: (id: string) =>
    requestNothing(`/api/members/${encodeURIComponent(id)}/invitation`, { method: 'POST' }),

  /** Optimistic locking: the change applies only to the version the page last read. */
  updateMember: (member: Pick<Member, 'id' | 'version'>, changes: UpdateMember) =>
    requestJson<AnswerOf<typeof memberSchema>>(`/api/members/${encodeURIComponent(member.id)}`, {
      method: 'PATCH',
      body: changes,
      headers: { 'If-Match': `"${member.version}"` },
    }),
};
