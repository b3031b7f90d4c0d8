import { signInSheet } from '#functions/domain/registrants.ts';
import { idParams } from '#shared/schemas/common.ts';
import { signInSheetSchema } from '#shared/schemas/sign-in-sheet.ts';
import { defineRoute } from '../access.ts';
import { createRouter, json, pickProblems } from '../router.ts';

const signInSheetRoute = defineRoute('secretariat', {
  method: 'get',
  path: '/sessions/{id}/sign-in-sheet',
  tags: ['Sessions'],
  summary: "A session's sign-in sheet: who is expected, with their organisation and needs summed per kind",
  description:
    'Members who answered yes or maybe and confirmed guests, by organisation and name (Azerbaijani order). The page /sessions/{id}/sign-in-sheet prints it.',
  request: { params: idParams },
  responses: { 200: json(signInSheetSchema, 'The sheet.'), ...pickProblems(400, 401, 403, 404) },
});

export const signInSheetRoutes = createRouter().openapi(signInSheetRoute, async (c) => {
  c.header('Cache-Control', 'private, no-store');
  return c.json(await signInSheet(c.get('deps'), c.req.valid('param').id), 200);
});
