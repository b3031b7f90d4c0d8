import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdkJsonContext, portalTemplate, type Resource } from './support.ts';

/**
 * Tracing (ARCHITECTURE.md, "Production"): every function of the portal runs with X-Ray active
 * and may write its segments, so the SDK clients the Powertools Tracer captures
 * (functions/data/tracing.ts) show in one trace per request or event.
 */
const functionsByDescription = {
  api: 'every /api route',
  'upload check': 'Checks an uploaded document',
  cleanup: 'Hourly: rejects document uploads',
  'mail worker': 'Mail worker',
  'mail feedback': 'Mail feedback',
  reminders: 'reminder of each scheduled session',
};

let template: Template;
beforeAll(() => {
  template = portalTemplate();
});

function functionNamed(phrase: string, from: Template = template): Resource {
  const found = Object.values(
    from.findResources('AWS::Lambda::Function', {
      Properties: { Description: Match.stringLikeRegexp(phrase) },
    }),
  ) as Resource[];
  expect(found).toHaveLength(1);
  return found[0] as Resource;
}

function roleActions(fn: Resource): string[] {
  const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  const policies = Object.values(
    template.findResources('AWS::IAM::Policy', { Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) } }),
  ) as Resource[];
  return policies.flatMap((policy) =>
    (
      policy.Properties.PolicyDocument as { Statement: Array<{ Effect: string; Action: string | string[] }> }
    ).Statement.filter((statement) => statement.Effect === 'Allow').flatMap((statement) => [statement.Action].flat()),
  );
}

describe('tracing', () => {
  it.each(Object.entries(functionsByDescription))('traces the %s function with X-Ray', (_name, phrase) => {
    const fn = functionNamed(phrase);
    expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    expect(roleActions(fn)).toEqual(expect.arrayContaining(['xray:PutTraceSegments', 'xray:PutTelemetryRecords']));
  });

  const traceSetting = (fn: Resource) =>
    (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables.POWERTOOLS_TRACE_ENABLED;

  it('traces the AWS calls of every event function, and of the API only where the stage asks', () => {
    for (const [name, phrase] of Object.entries(functionsByDescription)) {
      expect(traceSetting(functionNamed(phrase)), name).toBe(name === 'api' ? 'false' : 'true');
    }
    const prod = cdkJsonContext.stages.prod as Record<string, unknown>;
    const tracing = portalTemplate('prod', {
      stages: { ...cdkJsonContext.stages, prod: { ...prod, traceApiAwsCalls: true } },
    });
    expect(traceSetting(functionNamed(functionsByDescription.api, tracing))).toBe('true');
  });

  it('refuses a stage whose traceApiAwsCalls is not true or false', () => {
    const prod = cdkJsonContext.stages.prod as Record<string, unknown>;
    expect(() =>
      portalTemplate('prod', { stages: { ...cdkJsonContext.stages, prod: { ...prod, traceApiAwsCalls: 'yes' } } }),
    ).toThrow('setting traceApiAwsCalls must be true or false');
  });
});
