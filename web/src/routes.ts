import type { ComponentType } from 'preact';
import type { MessageSource } from './i18n.ts';

export type RouteParams = Record<string, string>;
export interface PageModule {
  default: ComponentType<{ params: RouteParams }>;
  /** Messages the page brings beyond the core ones, loaded before it shows (see `i18n.ts`). */
  messages?: MessageSource[];
}

interface Route {
  pattern: string;
  load(): Promise<PageModule>;
}

/** Every page is its own chunk: a visitor downloads only the pages they open. */
const routes: Route[] = [
  { pattern: '/', load: () => import('./pages/home.tsx') },
  { pattern: '/sign-in', load: () => import('./pages/sign-in.tsx') },
  { pattern: '/sign-in/check-email', load: () => import('./pages/check-email.tsx') },
  { pattern: '/me', load: () => import('./pages/me.tsx') },
  { pattern: '/members', load: () => import('./pages/members.tsx') },
  { pattern: '/admin/members', load: () => import('./pages/admin-members.tsx') },
  { pattern: '/outcomes', load: () => import('./pages/outcomes.tsx') },
  { pattern: '/outcomes/:id', load: () => import('./pages/outcome.tsx') },
  { pattern: '/themes/:slug', load: () => import('./pages/theme.tsx') },
  { pattern: '/follow', load: () => import('./pages/follow.tsx') },
  { pattern: '/sessions', load: () => import('./pages/sessions.tsx') },
  // Before '/sessions/:id', which would take "new" for an id.
  { pattern: '/sessions/new', load: () => import('./pages/session-editor.tsx') },
  { pattern: '/sessions/:id', load: () => import('./pages/session.tsx') },
  { pattern: '/sessions/:id/edit', load: () => import('./pages/session-editor.tsx') },
  { pattern: '/sessions/:id/outcomes/edit', load: () => import('./pages/outcome-editor.tsx') },
  { pattern: '/documents', load: () => import('./pages/documents.tsx') },
  // Before '/documents/:id', which would take "upload" for an id.
  { pattern: '/documents/upload', load: () => import('./pages/document-upload.tsx') },
  { pattern: '/documents/:id', load: () => import('./pages/document.tsx') },
];

const notFound: Route = { pattern: '*', load: () => import('./pages/not-found.tsx') };

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
