import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { fieldErrorsOf } from '#shared/field-errors.ts';
import { createDocumentSchema } from '#shared/schemas/document-changes.ts';
import { inviteMemberSchema } from '#shared/schemas/member.ts';
import { createSessionSchema } from '#shared/schemas/session.ts';
import { aMember, appFor, sessionCookie } from './support.ts';

const errorsOf = (schema: z.ZodMiniType, value: unknown) => fieldErrorsOf(schema.safeParse(value).error?.issues ?? []);

describe('field errors with stable codes', () => {
  it('names what is wrong with each field by a code and its parameters, whatever the wording', () => {
    const invite = errorsOf(inviteMemberSchema, {
      name: 'Ə'.repeat(500),
      email: 'not-an-address',
      organisation: 'Ombudsman\u0007',
      organisationType: 'pirates',
      surplus: true,
    });
    const byField = Object.fromEntries(invite.map(({ field, code, params }) => [field, { code, params }]));
    expect(byField.name).toEqual({ code: 'too-long', params: { max: expect.any(Number) } });
    expect(byField.email?.code).toMatch(/^(invalid-format|invalid)$/);
    expect(byField.organisation).toEqual({ code: 'control-characters' });
    expect(byField.organisationType).toEqual({ code: 'invalid-option' });
    expect(byField.surplus).toEqual({ code: 'unknown-field' });
  });

  it('says required for a missing or empty field, and names the rules of the schemas', () => {
    const session = errorsOf(createSessionSchema, {
      theme: 'labour-rights',
      title: { az: '', en: 'x' },
      summary: { az: 'x', en: 'x' },
      startsAt: '2027-02-30T10:00:00+04:00',
      endsAt: '2027-03-10T09:00:00+04:00',
      visibility: 'public',
      agenda: [],
    });
    expect(session).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title.az', code: 'required' }),
        expect.objectContaining({ field: 'startsAt', code: 'date-not-exist' }),
      ]),
    );
    const missing = errorsOf(createDocumentSchema, { title: 'Hesabat', language: 'az' });
    expect(missing).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'fileName', code: 'required' })]));
    const mismatch = errorsOf(createDocumentSchema, {
      title: 'Hesabat',
      language: 'az',
      fileName: 'hesabat.exe',
      contentType: 'application/pdf',
      size: 10,
    });
    expect(mismatch).toEqual([expect.objectContaining({ field: 'fileName', code: 'extension-mismatch' })]);
  });

  it('go out in the API’s problem details, beside the English message', async () => {
    const { app } = appFor(aMember({ role: 'secretariat' }));
    const answer = await app.request('/api/themes', {
      method: 'POST',
      body: JSON.stringify({ slug: 'Not A Slug', name: { az: '', en: 'x' }, description: { az: 'x', en: 'x' } }),
      headers: { Cookie: sessionCookie, 'Content-Type': 'application/json' },
    });
    expect(answer.status).toBe(400);
    const { errors } = await answer.json();
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name.az', code: 'required', message: 'Required.' }),
        expect.objectContaining({ field: 'slug', code: expect.any(String), message: expect.any(String) }),
      ]),
    );
  });
});
