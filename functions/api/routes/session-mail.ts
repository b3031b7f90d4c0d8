import { noticePreview, sessionMessages } from '#functions/domain/mail-messages.ts';
import { idParams } from '#shared/schemas/common.ts';
import { noticePreviewSchema, sessionMessagesSchema } from '#shared/schemas/message.ts';
import { defineRoute } from '../access.ts';
import { createRouter, json, pickProblems } from '../router.ts';

const messagesRoute = defineRoute('secretariat', {
  method: 'get',
  path: '/sessions/{id}/messages',
  tags: ['Sessions'],
  summary: 'The mail sent about a session: each message with its counts and who it went to',
  description:
    'Messages are written with the change that causes them and sent by the mail worker: `state` is queued, sending or done. Counts: recipients, sent, failed, bounced, notSent (address marked as bouncing, or a send interrupted), pending.',
  request: { params: idParams },
  responses: { 200: json(sessionMessagesSchema, 'The messages, oldest first.'), ...pickProblems(400, 401, 403, 404) },
});

const noticePreviewRoute = defineRoute('secretariat', {
  method: 'get',
  path: '/sessions/{id}/notice-preview',
  tags: ['Sessions'],
  summary: 'Who a change of time or place, or a cancellation, would be told about, before saving it',
  description: 'Everyone invited to the session and everyone who answered, except those who declined.',
  request: { params: idParams },
  responses: { 200: json(noticePreviewSchema, 'Who will be told, and how many.'), ...pickProblems(400, 401, 403, 404) },
});

export const sessionMailRoutes = createRouter()
  .openapi(messagesRoute, async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await sessionMessages(c.get('deps'), c.req.valid('param').id), 200);
  })
  .openapi(noticePreviewRoute, async (c) => {
    c.header('Cache-Control', 'private, no-store');
    return c.json(await noticePreview(c.get('deps'), c.req.valid('param').id), 200);
  });
