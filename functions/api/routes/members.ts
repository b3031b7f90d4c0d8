import { getMember, inviteMember, listMembers, resendInvitation, updateMember } from '#functions/domain/members.ts';
import { meSchema } from '#shared/schemas/auth.ts';
import { idempotencyHeaders, idParams } from '#shared/schemas/common.ts';
import {
  inviteMemberSchema,
  listMembersQuerySchema,
  memberPageSchema,
  memberSchema,
  updateMemberSchema,
} from '#shared/schemas/member.ts';
import { actorOf, defineRoute } from '../access.ts';
import { createRouter, json, jsonBody, pickProblems } from '../router.ts';
import { expectedVersion, ifMatchHeaders, setETag } from '../versioning.ts';

const meRoute = defineRoute('member', {
  method: 'get',
  path: '/me',
  tags: ['Members'],
  summary: 'The signed-in member, with role',
  responses: { 200: json(meSchema, 'The signed-in member.'), ...pickProblems(401) },
});

const listRoute = defineRoute('member', {
  method: 'get',
  path: '/members',
  tags: ['Members'],
  summary: 'The member directory, in Azerbaijani alphabetical order',
  request: { query: listMembersQuerySchema },
  responses: { 200: json(memberPageSchema, 'A page of members.'), ...pickProblems(400, 401) },
});

const inviteRoute = defineRoute(
  'secretariat',
  {
    method: 'post',
    path: '/members',
    tags: ['Members'],
    summary: 'Invite a member: they get a bilingual email with a sign-in link',
    request: { headers: idempotencyHeaders, body: jsonBody(inviteMemberSchema) },
    responses: { 201: json(memberSchema, 'The invited member.'), ...pickProblems(400, 401, 403, 409, 422) },
  },
  { idempotent: true },
);

const getRoute = defineRoute('member', {
  method: 'get',
  path: '/members/{id}',
  tags: ['Members'],
  summary: 'One member',
  request: { params: idParams },
  responses: { 200: json(memberSchema, 'The member; ETag is its version.'), ...pickProblems(400, 401, 404) },
});

const patchRoute = defineRoute('member', {
  method: 'patch',
  path: '/members/{id}',
  tags: ['Members'],
  summary: 'Edit a profile: your own, or anyone’s as the secretariat (role and status: secretariat only)',
  request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(updateMemberSchema) },
  responses: {
    200: json(memberSchema, 'The member as stored.'),
    ...pickProblems(400, 401, 403, 404, 409, 412, 428),
  },
});

const resendRoute = defineRoute('secretariat', {
  method: 'post',
  path: '/members/{id}/invitation',
  tags: ['Members'],
  summary: 'Send an invited member a fresh invitation',
  request: { params: idParams },
  responses: { 202: { description: 'Sent.' }, ...pickProblems(401, 403, 404, 412) },
});

export const memberRoutes = createRouter()
  .openapi(meRoute, (c) => c.json(actorOf(c), 200))
  .openapi(listRoute, async (c) => c.json(await listMembers(c.get('deps'), actorOf(c), c.req.valid('query')), 200))
  .openapi(inviteRoute, async (c) => {
    const member = await inviteMember(c.get('deps'), actorOf(c), c.req.valid('json'), c.get('idempotentCommit'));
    setETag(c, member.version);
    c.header('Location', `/api/members/${member.id}`);
    return c.json(member, 201);
  })
  .openapi(getRoute, async (c) => {
    const member = await getMember(c.get('deps'), actorOf(c), c.req.valid('param').id);
    setETag(c, member.version);
    return c.json(member, 200);
  })
  .openapi(patchRoute, async (c) => {
    const version = expectedVersion(c);
    const member = await updateMember(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json'), version);
    setETag(c, member.version);
    return c.json(member, 200);
  })
  .openapi(resendRoute, async (c) => {
    await resendInvitation(c.get('deps'), actorOf(c), c.req.valid('param').id);
    return c.body(null, 202);
  });
