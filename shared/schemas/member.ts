import { z } from 'zod';
import { cursorQuery, emailSchema, idSchema, languageSchema, pageOf, text } from './common.ts';

export const organisationTypes = [
  'state-body',
  'ngo',
  'trade-union',
  'business',
  'parliament',
  'media',
  'international-organisation',
  'academia',
] as const;
export const organisationTypeSchema = z.enum(organisationTypes);
export type OrganisationType = z.infer<typeof organisationTypeSchema>;

export const roleSchema = z.enum(['member', 'secretariat']);
export type Role = z.infer<typeof roleSchema>;

export const memberStatusSchema = z.enum(['invited', 'active', 'deactivated']);
export type MemberStatus = z.infer<typeof memberStatusSchema>;

export const memberSchema = z
  .object({
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
    version: z.number().int(),
    /** For the secretariat only: mail to this address bounced hard or was reported as spam; nothing is sent to it. */
    mailBouncing: z.boolean().optional(),
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof memberSchema>;

export const memberPageSchema = pageOf(memberSchema).meta({ id: 'MemberPage' });

export const inviteMemberSchema = z
  .strictObject({
    name: text(120),
    email: emailSchema,
    organisation: text(200),
    organisationType: organisationTypeSchema,
    position: text(120, 0).default(''),
    role: roleSchema.default('member'),
    language: languageSchema.default('az'),
  })
  .meta({ id: 'InviteMember' });
export type InviteMember = z.infer<typeof inviteMemberSchema>;

export const updateMemberSchema = z
  .strictObject({
    name: text(120),
    organisation: text(200),
    organisationType: organisationTypeSchema,
    position: text(120, 0),
    language: languageSchema,
    role: roleSchema,
    status: z.enum(['active', 'deactivated']),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, {
    message: 'Name at least one field to change.',
    params: { code: 'empty-change' },
  })
  .meta({ id: 'UpdateMember' });
export type UpdateMember = z.infer<typeof updateMemberSchema>;

export const listMembersQuerySchema = z.object({
  ...cursorQuery,
  q: text(100).optional().meta({ description: 'Part of a name or organisation, folded for Azerbaijani letters.' }),
  organisationType: organisationTypeSchema.optional(),
  status: memberStatusSchema.optional().meta({ description: 'Secretariat only; members see active members.' }),
});
