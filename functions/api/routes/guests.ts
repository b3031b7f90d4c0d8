import { cancelGuest, confirmGuest, type GuestLinkOutcome, registerGuest } from '#functions/domain/guests.ts';
import { idParams } from '#shared/schemas/common.ts';
import {
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

const cancelRoute = defineRoute('anyone', {
  method: 'get',
  path: '/guests/cancel',
  tags: ['Guests'],
  summary: 'Cancel a guest registration (the link in its email); a confirmed one gives its seat back',
  request: { query: guestTokenQuerySchema },
  responses: {
    303: {
      description: 'To the session page with `?guest=cancelled` or `closed`, or to /sessions with `invalid-link`.',
    },
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
  .openapi(cancelRoute, async (c) => toPortal(c, await cancelGuest(c.get('deps'), c.req.valid('query').token)));
