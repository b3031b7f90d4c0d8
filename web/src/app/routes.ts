import type { ComponentType } from 'preact';
import type { MessageSource } from './i18n.ts';

export type RouteParams = Record<string, string>;
export interface PageModule {
  default: ComponentType<{ params: RouteParams }>;
  /** Messages the page brings beyond the core ones, loaded before it shows (see `i18n.ts`). */
  messages?: MessageSource[];
  /**
   * Starts the page's first reads as soon as its chunk has loaded (see `read-ahead.ts`); settles
   * when they have.
   */
  firstReads?: (params: RouteParams, search: URLSearchParams) => Promise<unknown>;
}

interface Route {
  pattern: string;
  load(): Promise<PageModule>;
}

/** Every page is its own chunk: a visitor downloads only the pages they open. */
const routes: Route[] = [
  { pattern: '/', load: () => import('./home.page.tsx') },
  { pattern: '/sign-in', load: () => import('../members/sign-in.page.tsx') },
  { pattern: '/sign-in/check-email', load: () => import('../members/check-email.page.tsx') },
  { pattern: '/me', load: () => import('../members/me.page.tsx') },
  { pattern: '/members', load: () => import('../members/members.page.tsx') },
  { pattern: '/admin/members', load: () => import('../members/admin-members.page.tsx') },
  { pattern: '/outcomes', load: () => import('../outcomes/outcomes.page.tsx') },
  { pattern: '/outcomes/:id', load: () => import('../outcomes/outcome.page.tsx') },
  { pattern: '/themes/:slug', load: () => import('../themes/theme.page.tsx') },
  { pattern: '/follow', load: () => import('../themes/follow.page.tsx') },
  { pattern: '/sessions', load: () => import('../sessions/sessions.page.tsx') },
  // Before '/sessions/:id', which would take "new" for an id.
  { pattern: '/sessions/new', load: () => import('../sessions/session-editor.page.tsx') },
  { pattern: '/sessions/:id', load: () => import('../sessions/session.page.tsx') },
  { pattern: '/sessions/:id/edit', load: () => import('../sessions/session-editor.page.tsx') },
  { pattern: '/sessions/:id/sign-in-sheet', load: () => import('../sessions/sign-in-sheet.page.tsx') },
  { pattern: '/sessions/:id/outcomes/edit', load: () => import('../outcomes/outcome-editor.page.tsx') },
  { pattern: '/documents', load: () => import('../documents/documents.page.tsx') },
  // Before '/documents/:id', which would take "upload" for an id.
  { pattern: '/documents/upload', load: () => import('../documents/document-upload.page.tsx') },
  { pattern: '/documents/:id', load: () => import('../documents/document.page.tsx') },
  { pattern: '/recommendations', load: () => import('../recommendations/recommendations.page.tsx') },
  { pattern: '/recommendations/:id', load: () => import('../recommendations/recommendation.page.tsx') },
  { pattern: '/rounds', load: () => import('../recommendations/rounds.page.tsx') },
  // Before '/rounds/:id', which would take "new" for an id.
  { pattern: '/rounds/new', load: () => import('../recommendations/round-opening.page.tsx') },
  { pattern: '/rounds/:id', load: () => import('../recommendations/round.page.tsx') },
  { pattern: '/rounds/:id/report', load: () => import('../recommendations/round-report.page.tsx') },
  { pattern: '/rounds/:id/print', load: () => import('../recommendations/round-print.page.tsx') },
];

const notFound: Route = { pattern: '*', load: () => import('./not-found.page.tsx') };

function matchPattern(pattern: string, pathname: string): RouteParams | null {
  const wanted = pattern.split('/');
  const given = pathname.split('/');
  if (wanted.length !== given.length) return null;
  const params: RouteParams = {};
  for (const [index, part] of wanted.entries()) {
    const actual = given[index] ?? '';
    if (part.startsWith(':')) {
      if (!actual) return null;
      params[part.slice(1)] = decodeURIComponent(actual);
    } else if (part !== actual) {
      return null;
    }
  }
  return params;
}

export function matchRoute(pathname: string): { route: Route; params: RouteParams } {
  for (const route of routes) {
    const params = matchPattern(route.pattern, pathname);
    if (params) return { route, params };
  }
  return { route: notFound, params: {} };
}
