import type { Router } from './router.ts';

/**
 * The API's routes, one group per file under routes/, each loaded on the first request that
 * needs it: a cold start then compiles and builds the schemas of one group, not of all twelve.
 * `paths` are the addresses under /api that a group answers, in Hono's pattern syntax; a test
 * checks them against the routes each group declares. A group whose router has no route for the
 * request passes it on to the next group whose address matches (lazy-routes.ts). Order matters
 * where addresses nest: a session's outcomes are found before the sessions groups' wildcard.
 */
export interface RouteGroup {
  name: string;
  paths: readonly string[];
  /** Only these methods (HEAD goes with GET); every method when left out. */
  methods?: readonly ('GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE')[];
  load: () => Promise<Router>;
}

export const routeGroups: readonly RouteGroup[] = [
  { name: 'health', paths: ['/health'], load: async () => (await import('./routes/health.ts')).healthRoutes },
  { name: 'auth', paths: ['/auth/*'], load: async () => (await import('./routes/auth.ts')).authRoutes },
  {
    name: 'members',
    paths: ['/me', '/members', '/members/*'],
    load: async () => (await import('./routes/members.ts')).memberRoutes,
  },
  {
    name: 'themes',
    paths: ['/themes', '/themes/*'],
    load: async () => (await import('./routes/themes.ts')).themeRoutes,
  },
  {
    name: 'outcome-reads',
    paths: ['/sessions/:id/outcomes', '/outcomes', '/outcomes/years'],
    methods: ['GET'],
    load: async () => (await import('./routes/outcome-reads.ts')).outcomeReadRoutes,
  },
  {
    name: 'outcomes',
    paths: ['/sessions/:id/outcomes', '/sessions/:id/outcomes/*', '/outcomes.json', '/outcomes.csv', '/feed.atom'],
    load: async () => (await import('./routes/outcomes.ts')).outcomeRoutes,
  },
  {
    name: 'guests',
    paths: ['/sessions/:id/guests', '/guests/*'],
    load: async () => (await import('./routes/guests.ts')).guestRoutes,
  },
  {
    name: 'session-mail',
    paths: ['/sessions/:id/messages', '/sessions/:id/notice-preview'],
    load: async () => (await import('./routes/session-mail.ts')).sessionMailRoutes,
  },
  {
    name: 'sign-in-sheet',
    paths: ['/sessions/:id/sign-in-sheet'],
    load: async () => (await import('./routes/sign-in-sheet.ts')).signInSheetRoutes,
  },
  // Public reads apart from writes at the same addresses: a visitor's first request loads only them.
  {
    name: 'session-reads',
    paths: ['/sessions', '/sessions/*', '/calendar.ics'],
    methods: ['GET'],
    load: async () => (await import('./routes/session-reads.ts')).sessionReadRoutes,
  },
  {
    name: 'sessions',
    paths: ['/sessions', '/sessions/*'],
    load: async () => (await import('./routes/sessions.ts')).sessionRoutes,
  },
  {
    name: 'documents',
    paths: ['/documents', '/documents/*', '/uploads/*'],
    load: async () => (await import('./routes/documents.ts')).documentRoutes,
  },
  {
    name: 'subscriptions',
    paths: ['/subscriptions', '/subscriptions/*'],
    load: async () => (await import('./routes/subscriptions.ts')).subscriptionRoutes,
  },
  {
    name: 'recommendations',
    paths: ['/recommendations', '/recommendations/*', '/recommendations.json', '/recommendations.csv'],
    load: async () => (await import('./routes/recommendations.ts')).recommendationRoutes,
  },
  {
    name: 'rounds',
    paths: ['/rounds', '/rounds/*'],
    load: async () => (await import('./routes/rounds.ts')).roundRoutes,
  },
  { name: 'sitemap', paths: ['/sitemap.xml'], load: async () => (await import('./routes/sitemap.ts')).sitemapRoutes },
  { name: 'audit', paths: ['/audit'], load: async () => (await import('./routes/audit.ts')).auditRoutes },
];
