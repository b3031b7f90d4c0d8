import * as z from 'zod/mini';
import { memberStatuses, organisationTypes, roles } from '../constants.ts';
import { cursorQuery, emailSchema, idSchema, languageSchema, meta, pageOf, text } from './common.ts';

export const organisationTypeSchema = /* @__PURE__ */ z.enum(organisationTypes);
export type OrganisationType = z.infer<typeof organisationTypeSchema>;

export const roleSchema = /* @__PURE__ */ z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const memberStatusSchema = /* @__PURE__ */ z.enum(memberStatuses);
export type MemberStatus = z.infer<typeof memberStatusSchema>;

const memberFields = {
  id: idSchema,
  name: z.string(),
  email: z.string(),
  organisation: z.string(),
  organisationType: organisationTypeSchema,
  position: z.string(),
  role: roleSchema,
  status: memberStatusSchema,
  language: languageSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.int(),
  /** For the secretariat only: mail to this address bounced hard or was reported as spam; nothing is sent to it. */
  mailBouncing: z.optional(z.boolean()),
};

export const memberSchema = /* @__PURE__ */ z.object(memberFields).apply(meta({ id: 'Member' }));
export type Member = z.infer<typeof memberSchema>;

export const memberPageSchema = /* @__PURE__ */ pageOf(memberSchema).apply(meta({ id: 'MemberPage' }));

export const inviteMemberSchema = /* @__PURE__ */ z
  .strictObject({
    name: text(120),
    email: emailSchema,
    organisation: text(200),
    organisationType: organisationTypeSchema,
    position: z._default(text(120, 0), ''),
    role: z._default(roleSchema, 'member'),
    language: z._default(languageSchema, 'az'),
  })
  .apply(meta({ id: 'InviteMember' }));
export type InviteMember = z.infer<typeof inviteMemberSchema>;

export const updateMemberSchema = /* @__PURE__ */ z
  .partial(
    z.strictObject({
      name: text(120),
      organisation: text(200),
      organisationType: organisationTypeSchema,
      position: text(120, 0),
      language: languageSchema,
      role: roleSchema,
      status: z.enum(['active', 'deactivated']),
    }),
  )
  .check(
    z.refine((value) => Object.keys(value).length > 0, {
      message: 'Name at least one field to change.',
      params: { code: 'empty-change' },
    }),
  )
  .apply(meta({ id: 'UpdateMember' }));
export type UpdateMember = z.infer<typeof updateMemberSchema>;

export const listMembersQuerySchema = /* @__PURE__ */ z.object({
  ...cursorQuery,
  q: z
    .optional(text(100))
    .apply(meta({ description: 'Part of a name or organisation, folded for Azerbaijani letters.' })),
  organisationType: z.optional(organisationTypeSchema),
  status: z.optional(memberStatusSchema).apply(meta({ description: 'Secretariat only; members see active members.' })),
});

/** The signed-in member, as `GET /me` answers it. */
export const meSchema = /* @__PURE__ */ z.object(memberFields).apply(meta({ id: 'Me' }));
