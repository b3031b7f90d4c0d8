/**
 * The API's answers that are the same for every caller, which CloudFront keeps at the edge
 * (ARCHITECTURE.md, "Public reads from the edge"). One table read by the routes (their
 * Cache-Control), the CDK stack (a cache behaviour and policy each), the local server (which
 * plays CloudFront and, like it, forwards no cookie to these addresses), the pages (which read
 * the public copies while nobody is signed in) and the use cases (which invalidate what they change).
 */
export interface PublicAnswer {
  /** The address CloudFront caches, as a viewer asks for it (a CloudFront path pattern with no wildcard). */
  readonly path: string;
  /**
   * For a public copy: the API's own address it answers, as an anonymous caller would get it.
   * Copies exist where that address answers members differently or also takes writes, which
   * need the cookie that a cached behaviour never forwards.
   */
  readonly copyOf?: string;
  /** Seconds a browser may keep it. */
  readonly maxAge: number;
  /** Seconds CloudFront may keep it; invalidation usually ends it sooner, this bounds a failed one. */
  readonly sharedMaxAge: number;
  /** The query parameters that make another answer: the cache key. None: the query is ignored. */
  readonly query: readonly string[];
}

/** Public copies live under this prefix; the app answers them as the address they copy, with no cookie. */
export const publicCopyPrefix = '/api/public/';

export const publicAnswers = {
  /** The catalog and its word search: a copy, since members also see members-only outcomes there. */
  catalog: {
    path: '/api/public/outcomes',
    copyOf: '/api/outcomes',
    maxAge: 60,
    sharedMaxAge: 600,
    query: ['theme', 'year', 'q', 'limit', 'cursor'],
  },
  /** The catalog's year filter: a copy, since members also count members-only outcomes. */
  catalogYears: {
    path: '/api/public/outcomes/years',
    copyOf: '/api/outcomes/years',
    maxAge: 60,
    sharedMaxAge: 600,
    query: [],
  },
  /** A copy, since POST /api/themes (the secretariat's) needs the cookie. */
  themes: { path: '/api/public/themes', copyOf: '/api/themes', maxAge: 60, sharedMaxAge: 3600, query: [] },
  jsonExport: { path: '/api/outcomes.json', maxAge: 300, sharedMaxAge: 3600, query: [] },
  csvExport: { path: '/api/outcomes.csv', maxAge: 300, sharedMaxAge: 3600, query: [] },
  feed: { path: '/api/feed.atom', maxAge: 300, sharedMaxAge: 3600, query: [] },
  calendar: { path: '/api/calendar.ics', maxAge: 300, sharedMaxAge: 3600, query: [] },
  sitemap: { path: '/api/sitemap.xml', maxAge: 3600, sharedMaxAge: 86_400, query: [] },
} as const satisfies Record<string, PublicAnswer>;

export type PublicAnswerName = keyof typeof publicAnswers;

export const publicAnswerNames = Object.keys(publicAnswers) as PublicAnswerName[];

/** The Cache-Control of a public answer to a stranger (a signed-in caller gets `private, no-store`). */
export function publicCacheControl(name: PublicAnswerName): string {
  const { maxAge, sharedMaxAge } = publicAnswers[name];
  return `public, max-age=${maxAge}, s-maxage=${sharedMaxAge}`;
}

/**
 * The invalidation path of a public answer: with its query variants where the query is part of
 * the key (CloudFront keeps one copy per query string; a trailing * reaches them all).
 */
export function invalidationPath(name: PublicAnswerName): string {
  const answer: PublicAnswer = publicAnswers[name];
  return answer.query.length > 0 ? `${answer.path}*` : answer.path;
}

/** The public answer CloudFront keeps at this path, if any (a request path, without its query). */
export function publicAnswerAt(path: string): PublicAnswer | undefined {
  return Object.values(publicAnswers).find((answer) => answer.path === path);
}
