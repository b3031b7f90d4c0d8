import {
  cancelGuest,
  cancelPageOf,
  confirmGuest,
  type GuestLinkOutcome,
  registerGuest,
} from '#functions/domain/guests.ts';
import { idParams } from '#shared/schemas/common.ts';
import { guestLinkOutcomeSchema } from '#shared/schemas/guest.ts';
import {
  guestCancelInputSchema,
  guestRegistrationAcceptedSchema,
  guestRegistrationInputSchema,
  guestTokenQuerySchema,
} from '#shared/schemas/guest-registration.ts';
import { defineRoute } from '../access.ts';
import { clientAddress } from '../client-address.ts';
import { createRouter, json, jsonBody, pickProblems } from '../router.ts';

const registerRoute = defineRoute('anyone', {
  method: 'post',
  path: '/sessions/{id}/guests',
  tags: ['Guests'],
  summary: 'Register for a public session without an account (double opt-in by email)',
  description: [
    'Sends one email with the link that confirms the registration and the link that cancels it;',
    'only a confirmed registration takes a seat. Answers 202 alike whether or not the address had',
    'registered before. Members-only, draft and unknown sessions are 404; a session that is not upcoming',
    'and scheduled is 409 `registration-closed`, a full one 409 `session-full`. At most 5 requests an',
    'address and 20 a client an hour (429).',
  ].join(' '),
  request: { params: idParams, body: jsonBody(guestRegistrationInputSchema) },
  responses: {
    202: json(guestRegistrationAcceptedSchema, 'A confirmation email is on its way.'),
    ...pickProblems(400, 404, 409, 429),
  },
});

const confirmRoute = defineRoute('anyone', {
  method: 'get',
  path: '/guests/confirm',
  tags: ['Guests'],
  summary: 'Confirm a guest registration (the link in its email); it then takes a seat',
  request: { query: guestTokenQuerySchema },
  responses: {
    303: {
      description:
        'To the session page with `?guest=confirmed`, `full`, `closed`, `expired-link`, or to /sessions with `invalid-link`.',
    },
  },
});

const cancelLinkRoute = defineRoute('anyone', {
  method: 'get',
  path: '/guests/cancel',
  tags: ['Guests'],
  summary: 'The cancel link of registration emails sent before it led to the session page; cancels nothing',
  description:
    'A mail scanner opens every link in an email, so a link never cancels: this one leads to the session page, which asks first and cancels with POST.',
  request: { query: guestTokenQuerySchema },
  responses: {
    303: {
      description:
        'To the session page with `?guest=cancel` and the token in the fragment, or to /sessions with `invalid-link`.',
    },
  },
});

const cancelRoute = defineRoute('anyone', {
  method: 'post',
  path: '/guests/cancel',
  tags: ['Guests'],
  summary: 'Cancel a guest registration, with the token of its cancel link; a confirmed one gives its seat back',
  request: { body: jsonBody(guestCancelInputSchema) },
  responses: {
    200: json(
      guestLinkOutcomeSchema,
      '`cancelled` (also when it already was), `closed` once the session is past, or `invalid-link`.',
    ),
    ...pickProblems(400, 429),
  },
});

function toPortal(c: Parameters<typeof clientAddress>[0], outcome: GuestLinkOutcome) {
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  const page = outcome.sessionId ? `/sessions/${outcome.sessionId}` : '/sessions';
  return c.redirect(`${c.get('deps').portalOrigin}${page}?guest=${outcome.status}`, 303);
}

export const guestRoutes = createRouter()
  .openapi(registerRoute, async (c) => {
    await registerGuest(c.get('deps'), c.req.valid('param').id, c.req.valid('json'), clientAddress(c));
    c.header('Cache-Control', 'no-store');
    return c.json({ message: 'A confirmation email has been sent to that address.' }, 202);
  })
  .openapi(confirmRoute, async (c) => toPortal(c, await confirmGuest(c.get('deps'), c.req.valid('query').token)))
  .openapi(cancelLinkRoute, async (c) => {
    const page = cancelPageOf(c.get('deps').portalOrigin, c.req.valid('query').token);
    if (!page) return toPortal(c, { status: 'invalid-link' });
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    return c.redirect(page, 303);
  })
  .openapi(cancelRoute, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await cancelGuest(c.get('deps'), c.req.valid('json').token), 200);
  });
