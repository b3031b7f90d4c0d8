import type { App } from 'aws-cdk-lib';
import { portalRegion } from '#functions/config.ts';

/**
 * One deployment of the portal, named in cdk.json context `stages` and chosen with
 * `-c stage=<name>` (default `dev`). A production stage must name everything a real user
 * meets: the domain, the sender of the mail, and a person who receives the alarms.
 */
export interface Stage {
  readonly name: string;
  readonly production: boolean;
  /** The AWS account; unset for an environment-agnostic dev synth. */
  readonly account?: string;
  /** Always the portal's one region (functions/config.ts); a stage may only repeat it. */
  readonly region: string;
  /** The portal's own host name, e.g. portal.ombudsman.az; without it, CloudFront's *.cloudfront.net. */
  readonly domainName?: string;
  readonly hostedZone?: { readonly id: string; readonly name: string };
  /** The sender of every email; without it a placeholder and no SES identity. */
  readonly mailFrom?: string;
  /** Who receives the alarms (an SNS email subscription). */
  readonly alarmEmail?: string;
  /** The CloudFront web ACL (WAF); a dev stage may leave it out to save its monthly fee. */
  readonly waf: boolean;
  /** Trace the API function's AWS calls (X-Ray subsegments), at ≈ 30 ms a cold start; default false. */
  readonly traceApiAwsCalls: boolean;
}

const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const hostPattern = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function fail(stage: string, message: string): never {
  throw new Error(`Stage "${stage}": ${message}`);
}

function optionalString(stage: string, settings: Record<string, unknown>, key: string, pattern?: RegExp) {
  const value = settings[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || (pattern && !pattern.test(value))) {
    fail(stage, `setting ${key} is malformed: ${JSON.stringify(value)}.`);
  }
  return value;
}

/** Reads and checks the stage the context names; throws naming the missing or malformed setting. */
export function stageFromContext(app: App): Stage {
  const name = (app.node.tryGetContext('stage') as unknown) ?? 'dev';
  if (typeof name !== 'string') throw new Error('Context stage must be a stage name, e.g. -c stage=prod.');
  const stages = (app.node.tryGetContext('stages') ?? {}) as Record<string, Record<string, unknown>>;
  const settings = stages[name];
  if (!settings) {
    throw new Error(
      `Stage "${name}" is not defined in cdk.json context "stages" (known: ${Object.keys(stages).join(', ') || 'none'}).`,
    );
  }
  const production = settings.production === true;
  const account = optionalString(name, settings, 'account', /^\d{12}$/);
  const region = optionalString(name, settings, 'region') ?? portalRegion;
  if (region !== portalRegion) {
    fail(name, `setting region is ${region}, but the portal runs in ${portalRegion} only (functions/config.ts).`);
  }
  const domainName = optionalString(name, settings, 'domainName', hostPattern);
  const zoneId = optionalString(name, settings, 'hostedZoneId', /^Z[A-Z0-9]{5,31}$/);
  const zoneName = optionalString(name, settings, 'hostedZoneName', hostPattern);
  if (domainName && (!zoneId || !zoneName)) {
    fail(
      name,
      `setting ${zoneId ? 'hostedZoneName' : 'hostedZoneId'} is missing; the domain ${domainName} needs its Route 53 hosted zone.`,
    );
  }
  if (domainName && zoneName && !`.${domainName}`.endsWith(`.${zoneName}`)) {
    fail(name, `the domain ${domainName} is not inside the hosted zone ${zoneName}.`);
  }
  const mailFrom = optionalString(name, settings, 'mailFrom', emailPattern);
  const alarmEmail = optionalString(name, settings, 'alarmEmail', emailPattern);
  const waf = settings.waf === undefined ? true : settings.waf;
  if (typeof waf !== 'boolean') fail(name, 'setting waf must be true or false.');
  const traceApiAwsCalls = settings.traceApiAwsCalls ?? false;
  if (typeof traceApiAwsCalls !== 'boolean') fail(name, 'setting traceApiAwsCalls must be true or false.');

  if (production) {
    const required = { account, domainName, mailFrom, alarmEmail };
    for (const [key, value] of Object.entries(required)) {
      if (value === undefined) fail(name, `setting ${key} is missing; a production stage needs it.`);
    }
    if (!waf) fail(name, 'setting waf is false; a production stage keeps the web ACL.');
  }
  return {
    name,
    production,
    account,
    region,
    domainName,
    hostedZone: zoneId && zoneName ? { id: zoneId, name: zoneName } : undefined,
    mailFrom,
    alarmEmail,
    waf,
    traceApiAwsCalls,
  };
}
