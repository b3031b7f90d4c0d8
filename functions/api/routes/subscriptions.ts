import { confirmFollow, type FollowLinkResult, requestFollow, unfollow } from '#functions/domain/subscriptions.ts';
import {
  subscribeSchema,
  subscriptionAcceptedSchema,
  subscriptionTokenQuerySchema,
} from '#shared/schemas/subscription.ts';
import { defineRoute } from '../access.ts';
import { createRouter, json, pickProblems } from '../router.ts';

const subscribeRoute = defineRoute('anyone', {
  method: 'post',
  path: '/subscriptions',
  tags: ['Subscriptions'],
  summary: 'Follow a theme by email (double opt-in: a confirmation link is sent)',
  description: 'Answers 202 alike whether or not the address already follows the theme.',
  request: { body: { required: true, content: { 'application/json': { schema: subscribeSchema } } } },
  responses: {
    202: json(subscriptionAcceptedSchema, 'A confirmation email is on its way if one is needed.'),
    ...pickProblems(400, 429),
  },
});

const confirmRoute = defineRoute('anyone', {
  method: 'get',
  path: '/subscriptions/confirm',
  tags: ['Subscriptions'],
  summary: 'Confirm following a theme (the link in the confirmation email)',
  request: { query: subscriptionTokenQuerySchema },
  responses: {
    303: { description: 'To the follow page with `?status=confirmed` and the `theme`, or `invalid-link`.' },
  },
});

const unsubscribeRoute = defineRoute('anyone', {
  method: 'get',
  path: '/subscriptions/unsubscribe',
  tags: ['Subscriptions'],
  summary: 'Stop following a theme (the link in every email)',
  request: { query: subscriptionTokenQuerySchema },
  responses: {
    303: { description: 'To the follow page with `?status=unsubscribed` and the `theme`, or `invalid-link`.' },
  },
});

const oneClickRoute = defineRoute('anyone', {
  method: 'post',
  path: '/subscriptions/unsubscribe',
  tags: ['Subscriptions'],
  summary: 'One-click unsubscribe for mail clients (RFC 8058 List-Unsubscribe-Post)',
  request: { query: subscriptionTokenQuerySchema },
  responses: { 200: json(subscriptionAcceptedSchema, 'Unsubscribed (or nothing to do).') },
});

/** The follow page, told what a link came to and which theme it was about. */
function followPage(origin: string, { status, theme }: FollowLinkResult): string {
  return `${origin}/follow?status=${status}${theme ? `&theme=${encodeURIComponent(theme)}` : ''}`;
}

export const subscriptionRoutes = createRouter()
  .openapi(subscribeRoute, async (c) => {
    await requestFollow(c.get('deps'), c.req.valid('json'));
    return c.json({ message: 'If a confirmation is needed, it has been sent to that address.' }, 202);
  })
  .openapi(confirmRoute, async (c) => {
    const result = await confirmFollow(c.get('deps'), c.req.valid('query').token);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    return c.redirect(followPage(c.get('deps').portalOrigin, result), 303);
  })
  .openapi(unsubscribeRoute, async (c) => {
    const result = await unfollow(c.get('deps'), c.req.valid('query').token);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    return c.redirect(followPage(c.get('deps').portalOrigin, result), 303);
  })
  .openapi(oneClickRoute, async (c) => {
    await unfollow(c.get('deps'), c.req.valid('query').token);
    return c.json({ message: 'Unsubscribed.' }, 200);
  });
