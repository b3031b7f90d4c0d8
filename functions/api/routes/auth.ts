import * as z from 'zod/mini';
import { completeSignIn, requestSignIn, SignInLinkRefused, signOut } from '#functions/domain/auth.ts';
import { countMetric } from '#functions/metrics.ts';
import { returnPathOr } from '#shared/return-path.ts';
import { signedInSchema, signInCallbackQuerySchema, signInRequestSchema } from '#shared/schemas/auth.ts';
import { meta } from '#shared/schemas/common.ts';
import { defineRoute } from '../access.ts';
import { createRouter, json, pickProblems } from '../router.ts';
import { clearSessionCookie, keepSignedInHint, readSessionCookie, writeSessionCookie } from '../session-cookie.ts';

const accepted = z.object({ message: z.string() }).apply(meta({ id: 'Accepted' }));

const signInRoute = defineRoute('anyone', {
  method: 'post',
  path: '/auth/sign-in',
  tags: ['Sign-in'],
  summary: 'Ask for a one-time sign-in link by email',
  description: 'Answers 202 whether or not the address is known; at most 5 links per address an hour.',
  request: { body: { required: true, content: { 'application/json': { schema: signInRequestSchema } } } },
  responses: { 202: json(accepted, 'If the address is a member’s, a link is on its way.'), ...pickProblems(400, 429) },
});

const callbackRoute = defineRoute('anyone', {
  method: 'get',
  path: '/auth/callback',
  tags: ['Sign-in'],
  summary: 'Follow a sign-in link',
  description:
    'Sets the session cookie and redirects to `next` (a path of the portal; anything else means the home page), with `?welcome=1` on the first sign-in of an invited member; a used, expired or unknown link redirects to the sign-in page with `?error=`.',
  request: { query: signInCallbackQuerySchema },
  responses: { 303: { description: 'To the portal (signed in) or to the sign-in page (with an error).' } },
});

const signedInRoute = defineRoute('anyone', {
  method: 'get',
  path: '/auth/session',
  tags: ['Sign-in'],
  summary: 'Who is signed in: the member, or null for a visitor without a session',
  description: 'Unlike `GET /me`, a visitor who is not signed in is answered 200, so that pages can ask on every load.',
  responses: { 200: json(signedInSchema, 'The signed-in member, or `member: null`.') },
});

const signOutRoute = defineRoute('member', {
  method: 'post',
  path: '/auth/sign-out',
  tags: ['Sign-in'],
  summary: 'Sign out: the server-side session ends',
  responses: { 204: { description: 'Signed out.' }, ...pickProblems(401) },
});

/** Where a followed link leads: the path it carries if it is the portal's own, welcoming a new member. */
function landingOf(origin: string, next: string | undefined, firstSignIn: boolean): string {
  const landing = new URL(returnPathOr(next), origin);
  if (firstSignIn) landing.searchParams.set('welcome', '1');
  return landing.href;
}

export const authRoutes = createRouter()
  .openapi(signInRoute, async (c) => {
    const { email, next } = c.req.valid('json');
    await requestSignIn(c.get('deps'), email, next);
    return c.json({ message: 'If this address belongs to a member, a sign-in link has been sent to it.' }, 202);
  })
  .openapi(callbackRoute, async (c) => {
    const deps = c.get('deps');
    const { token, next } = c.req.valid('query');
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    try {
      const { cookie, maxAgeSeconds, firstSignIn } = await completeSignIn(deps, token);
      writeSessionCookie(c, deps.portalOrigin, cookie, maxAgeSeconds);
      countMetric('SignIn');
      return c.redirect(landingOf(deps.portalOrigin, next, firstSignIn), 303);
    } catch (error) {
      if (!(error instanceof SignInLinkRefused)) throw error;
      return c.redirect(`${deps.portalOrigin}/sign-in?error=${error.reason}`, 303);
    }
  })
  .openapi(signedInRoute, (c) => {
    c.header('Cache-Control', 'private, no-store');
    const member = c.get('actor') ?? null;
    keepSignedInHint(c, c.get('deps').portalOrigin, member !== null);
    return c.json({ member }, 200);
  })
  .openapi(signOutRoute, async (c) => {
    const deps = c.get('deps');
    await signOut(deps, readSessionCookie(c, deps.portalOrigin));
    clearSessionCookie(c, deps.portalOrigin);
    return c.body(null, 204);
  });
