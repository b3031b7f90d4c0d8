import type { Template } from 'aws-cdk-lib/assertions';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { originHeaderName, portalRegion } from '#functions/config.ts';
import { buildApp } from '#infra/app.ts';
import { rateLimits } from '#infra/constructs/edge-firewall.ts';
import { siteCaching } from '#infra/constructs/web.ts';
import { cdkJsonContext, edgeTemplate, onlyResource, portalFunction, portalTemplate, testContext } from './support.ts';

const cachingDisabled = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

let prod: Template;
let edge: Template;

beforeAll(() => {
  prod = portalTemplate('prod');
  edge = edgeTemplate('prod');
});

function distributionConfig(template: Template): Record<string, unknown> {
  return onlyResource(template, 'AWS::CloudFront::Distribution')[1].Properties.DistributionConfig as Record<
    string,
    unknown
  >;
}

function withStage(stage: string, settings: Record<string, unknown>) {
  const stages = { ...cdkJsonContext.stages, [stage]: settings };
  return () => buildApp({ nag: false, validateTemplates: false, context: testContext(stage, { stages }) });
}

describe('stages', () => {
  it('names the stacks after the stage and pins account and the one region', () => {
    const { stack, edge: edgeStack } = buildApp({ nag: false, validateTemplates: false, context: testContext('prod') });
    expect(stack.stackName).toBe('BhrPortal-prod');
    expect(stack.region).toBe(portalRegion);
    expect(stack.account).toBe(cdkJsonContext.stages.prod?.account);
    expect(edgeStack?.stackName).toBe('BhrPortal-prod-Edge');
    expect(edgeStack?.region).toBe('us-east-1');
    const dev = buildApp({ nag: false, validateTemplates: false, context: testContext('dev') });
    expect(dev.stack.stackName).toBe('BhrPortal-dev');
    expect(dev.stack.region).toBe(portalRegion);
  });

  it.each(['mailFrom', 'domainName', 'alarmEmail', 'account'])(
    'refuses a production stage without %s, naming it',
    (key) => {
      const settings = { ...cdkJsonContext.stages.prod };
      delete settings[key];
      expect(withStage('prod', settings)).toThrow(new RegExp(`Stage "prod": setting ${key} is missing`));
    },
  );

  it('refuses a production stage without the web ACL, and another region', () => {
    expect(withStage('prod', { ...cdkJsonContext.stages.prod, waf: false })).toThrow(/setting waf is false/);
    expect(withStage('prod', { ...cdkJsonContext.stages.prod, region: 'eu-west-1' })).toThrow(/eu-central-1 only/);
  });

  it('refuses an unknown stage', () => {
    expect(() => buildApp({ nag: false, context: testContext('staging') })).toThrow(/Stage "staging" is not defined/);
  });

  it('refuses to synthesize without a built site unless a test asks for the placeholder', () => {
    const context = { ...testContext('dev'), placeholderSite: false, siteDist: 'web/no-such-build' };
    expect(() => buildApp({ nag: false, validateTemplates: false, context })).toThrow(
      /web\/no-such-build\/index.html is missing: build the pages first/,
    );
  });

  it('retains the SES identity, so no deploy deletes the sender', () => {
    const [, identity] = onlyResource(prod, 'AWS::SES::EmailIdentity', { EmailIdentity: 'bhr.example.org' });
    expect(identity.DeletionPolicy).toBe('Retain');
  });
});

describe('own domain', () => {
  it('has a DNS-validated certificate for the domain in us-east-1', () => {
    edge.hasResourceProperties('AWS::CertificateManager::Certificate', {
      DomainName: 'portal.bhr.example.org',
      ValidationMethod: 'DNS',
      DomainValidationOptions: [{ DomainName: 'portal.bhr.example.org', HostedZoneId: 'Z0123456789EXAMPLE' }],
    });
  });

  it('serves the domain with that certificate, TLSv1.2_2021, price class 100', () => {
    const config = distributionConfig(prod);
    expect(config.Aliases).toEqual(['portal.bhr.example.org']);
    expect(config.PriceClass).toBe('PriceClass_100');
    expect(config.ViewerCertificate).toMatchObject({
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
      AcmCertificateArn: expect.anything(),
    });
  });

  it('points IPv4 and IPv6 alias records of the domain at the distribution', () => {
    for (const type of ['A', 'AAAA']) {
      prod.hasResourceProperties('AWS::Route53::RecordSet', {
        Name: 'portal.bhr.example.org.',
        Type: type,
        HostedZoneId: 'Z0123456789EXAMPLE',
        AliasTarget: Match.objectLike({ DNSName: Match.anyValue() }),
      });
    }
  });
});

describe('edge firewall', () => {
  type Rule = { Name: string; Priority: number; Statement: Record<string, Record<string, unknown>>; Action?: unknown };
  let rules: Rule[];

  beforeAll(() => {
    const [, acl] = onlyResource(edge, 'AWS::WAFv2::WebACL', { Scope: 'CLOUDFRONT' });
    expect(acl.Properties.DefaultAction).toEqual({ Allow: {} });
    rules = acl.Properties.Rules as Rule[];
  });

  const rule = (name: string) => rules.find((candidate) => candidate.Name === name);

  it('limits every IP address, and the mail-sending routes more strictly', () => {
    expect(rule('AllPerIp')?.Statement.RateBasedStatement).toMatchObject({
      Limit: rateLimits.perIp,
      AggregateKeyType: 'IP',
    });
    for (const [name, prefix, limit] of [
      ['AuthPerIp', '/api/auth/', rateLimits.auth],
      ['SubscriptionsPerIp', '/api/subscriptions', rateLimits.subscriptions],
    ] as const) {
      expect(rule(name)?.Action).toEqual({ Block: {} });
      expect(rule(name)?.Statement.RateBasedStatement).toMatchObject({
        Limit: limit,
        AggregateKeyType: 'IP',
        ScopeDownStatement: {
          ByteMatchStatement: {
            SearchString: prefix,
            PositionalConstraint: 'STARTS_WITH',
            FieldToMatch: { UriPath: {} },
          },
        },
      });
      expect(limit).toBeLessThan(rateLimits.perIp);
    }
  });

  it('runs the AWS common rules and the IP reputation list', () => {
    for (const name of ['AWSManagedRulesCommonRuleSet', 'AWSManagedRulesAmazonIpReputationList']) {
      expect(rule(name)?.Statement.ManagedRuleGroupStatement).toMatchObject({ VendorName: 'AWS', Name: name });
    }
  });

  it('is attached to the distribution', () => {
    expect(distributionConfig(prod).WebACLId).toBeDefined();
  });

  it('is left out of the dev stage (waf: false)', () => {
    expect(distributionConfig(portalTemplate('dev')).WebACLId).toBeUndefined();
    expect(buildApp({ nag: false, validateTemplates: false, context: testContext('dev') }).edge).toBeUndefined();
  });
});

describe('one way in', () => {
  it('sends the secret origin header to the API origin, and the API function accepts that value', () => {
    const [secretId] = onlyResource(prod, 'AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ GenerateStringKey: 'current' }),
    });
    const origins = distributionConfig(prod).Origins as {
      CustomOriginConfig?: unknown;
      OriginCustomHeaders?: unknown;
    }[];
    const apiOrigin = origins.find((origin) => origin.CustomOriginConfig);
    const reference = {
      'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:current::}}']],
    };
    expect(apiOrigin?.OriginCustomHeaders).toEqual([{ HeaderName: originHeaderName, HeaderValue: reference }]);
    const variables = (portalFunction(prod, 'api')[1].Properties.Environment as { Variables: Record<string, unknown> })
      .Variables;
    expect(variables.ORIGIN_SECRETS).toEqual(reference);
  });

  it('accepts the previous value too while a rotation propagates', () => {
    const rotating = portalTemplate('prod', { acceptPreviousOriginSecret: 'true' });
    const variables = (
      portalFunction(rotating, 'api')[1].Properties.Environment as { Variables: Record<string, unknown> }
    ).Variables;
    expect(JSON.stringify(variables.ORIGIN_SECRETS)).toMatch(/SecretString:current::.*,.*SecretString:previous::/);
  });
});

describe('caching', () => {
  type Deployment = {
    Properties: {
      SystemMetadata?: Record<string, string>;
      Prune?: boolean;
      DestinationBucketKeyPrefix?: string;
      DistributionPaths?: string[];
    };
  };
  const deployments = () => Object.values(prod.findResources('Custom::CDKBucketDeployment')) as Deployment[];
  const byCacheControl = (value: string) =>
    deployments().filter((deployment) => deployment.Properties.SystemMetadata?.['cache-control'] === value);

  it('never caches index.html, and invalidates with it', () => {
    const [index] = byCacheControl(siteCaching.index);
    expect(siteCaching.index).toBe('no-store');
    expect(index?.Properties.DistributionPaths).toEqual(['/*']);
  });

  it('keeps hashed assets for a year, immutable, under assets/', () => {
    const [assets] = byCacheControl('public, max-age=31536000, immutable');
    expect(assets?.Properties.DestinationBucketKeyPrefix).toBe('assets/');
  });

  it('prunes nothing, so the previous release’s assets stay for open tabs', () => {
    expect(deployments()).toHaveLength(3);
    for (const deployment of deployments()) expect(deployment.Properties.Prune).toBe(false);
  });

  it('caches pages only as their files say (no TTL of its own) and keys on no cookie, header or query', () => {
    const config = distributionConfig(prod);
    const defaultPolicy = (config.DefaultCacheBehavior as { CachePolicyId: { Ref: string } }).CachePolicyId.Ref;
    const policy = prod.findResources('AWS::CloudFront::CachePolicy')[defaultPolicy];
    expect(policy?.Properties.CachePolicyConfig).toMatchObject({
      MinTTL: 0,
      DefaultTTL: 0,
      ParametersInCacheKeyAndForwardedToOrigin: {
        CookiesConfig: { CookieBehavior: 'none' },
        HeadersConfig: { HeaderBehavior: 'none' },
        QueryStringsConfig: { QueryStringBehavior: 'none' },
      },
    });
  });

  it('forwards cookies only where nothing is cached (the API)', () => {
    const config = distributionConfig(prod);
    const behaviours = [config.DefaultCacheBehavior, ...(config.CacheBehaviors as unknown[])] as {
      CachePolicyId: unknown;
      OriginRequestPolicyId?: unknown;
    }[];
    for (const behaviour of behaviours) {
      if (behaviour.OriginRequestPolicyId !== undefined) expect(behaviour.CachePolicyId).toBe(cachingDisabled);
    }
  });
});
