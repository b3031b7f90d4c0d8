import type { ComponentType } from 'preact';
import { loadSections, type Section } from './i18n.ts';

export type RouteParams = Record<string, string>;
export interface PageModule {
  default: ComponentType<{ params: RouteParams }>;
}

interface Route {
  pattern: string;
  load(): Promise<PageModule>;
}

/** A page that brings sections of messages of its own, loaded beside its code. */
function withMessages(sections: Section[], load: () => Promise<PageModule>): () => Promise<PageModule> {
  return () => Promise.all([load(), loadSections(...sections)]).then(([module]) => module);
}

const sessionSections: Section[] = ['sessions', 'session-detail'];
const editorSections: Section[] = ['session-editor'];

/** Every page is its own chunk: a visitor downloads only the pages they open. */
const routes: Route[] = [
  { pattern: '/', load: () => import('./pages/home.tsx') },
  { pattern: '/sign-in', load: () => import('./pages/sign-in.tsx') },
  { pattern: '/sign-in/check-email', load: () => import('./pages/check-email.tsx') },
  { pattern: '/me', load: () => import('./pages/me.tsx') },
  { pattern: '/members', load: () => import('./pages/members.tsx') },
  { pattern: '/admin/members', load: () => import('./pages/admin-members.tsx') },
  { pattern: '/outcomes', load: () => import('./pages/outcomes.tsx') },
  { pattern: '/sessions', load: withMessages(['sessions'], () => import('./pages/sessions.tsx')) },
  // Before '/sessions/:id', which would take "new" for an id.
  { pattern: '/sessions/new', load: withMessages(editorSections, () => import('./pages/session-editor.tsx')) },
  { pattern: '/sessions/:id', load: withMessages(sessionSections, () => import('./pages/session.tsx')) },
  { pattern: '/sessions/:id/edit', load: withMessages(editorSections, () => import('./pages/session-editor.tsx')) },
  { pattern: '/documents', load: () => import('./pages/documents.tsx') },
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
