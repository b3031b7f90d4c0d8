import { Match, Template } from 'aws-cdk-lib/assertions';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableDefinition } from '#functions/data/table-definition.ts';
import { buildApp } from '#infra/app.ts';
import { skipBundling } from './support.ts';

/** CloudFront's managed policies, by their fixed IDs. */
const cachingDisabled = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const allViewerExceptHostHeader = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };

let template: Template;

function onlyResource(type: string, properties: Record<string, unknown> = {}): Resource {
  const found = Object.values(template.findResources(type, { Properties: Match.objectLike(properties) })) as Resource[];
  expect(found, `exactly one ${type} like ${JSON.stringify(properties)}`).toHaveLength(1);
  return found[0] as Resource;
}

/** The API function: the only one on a Node.js runtime (the other is CDK's deployment helper). */
function apiFunction(): Resource {
  return onlyResource('AWS::Lambda::Function', { Runtime: Match.stringLikeRegexp('^nodejs') });
}

beforeAll(() => {
  const { stack } = buildApp({
    nag: false,
    validateTemplates: false,
    context: { ...skipBundling, mailFrom: 'portal@bhr.example.org' },
  });
  template = Template.fromStack(stack);
});

describe('data', () => {
  it('has the single table on demand, with point-in-time recovery, deletion protection and TTL, retained', () => {
    const table = onlyResource('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      TimeToLiveSpecification: { AttributeName: tableDefinition.timeToLiveAttribute, Enabled: true },
      KeySchema: [
        { AttributeName: tableDefinition.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableDefinition.sortKey, KeyType: 'RANGE' },
      ],
    });
    expect(table.DeletionPolicy).toBe('Retain');
  });

  it('has the three GSIs of the table definition, each projecting all attributes', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: tableDefinition.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    });
    expect(tableDefinition.globalSecondaryIndexes).toHaveLength(3);
  });

  it('keeps documents in a versioned, encrypted, private, retained bucket that takes uploads only from the portal', () => {
    const documents = onlyResource('AWS::S3::Bucket', { VersioningConfiguration: { Status: 'Enabled' } });
    expect(documents.DeletionPolicy).toBe('Retain');
    expect(documents.Properties).toMatchObject({
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LoggingConfiguration: { LogFilePrefix: 'documents/' },
    });
    const [rule, ...others] = (documents.Properties.CorsConfiguration as { CorsRules: Record<string, unknown>[] })
      .CorsRules;
    expect(others).toEqual([]);
    expect(rule).toMatchObject({ AllowedMethods: ['POST'] });
    expect(JSON.stringify(rule?.AllowedOrigins)).toContain('DomainName');
  });

  it('denies every request to the documents bucket that is not TLS', () => {
    const documentsId = Object.keys(
      template.findResources('AWS::S3::Bucket', { Properties: { VersioningConfiguration: { Status: 'Enabled' } } }),
    )[0];
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: documentsId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('api', () => {
  it('runs the API function on ARM64 and the newest Node.js runtime of this CDK version', () => {
    const newestNode = Runtime.ALL.map((runtime) => runtime.name)
      .filter((name) => /^nodejs\d+\.x$/.test(name))
      .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
      .at(-1);
    expect(apiFunction().Properties).toMatchObject({
      Architectures: ['arm64'],
      Runtime: newestNode,
      Handler: 'index.handler',
      TracingConfig: { Mode: 'Active' },
    });
    expect(newestNode).toBe('nodejs24.x');
  });

  it('gives the API function its configuration', () => {
    const variables = (apiFunction().Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(Object.keys(variables)).toEqual(
      expect.arrayContaining(['TABLE_NAME', 'BUCKET_NAME', 'PORTAL_ORIGIN', 'MAIL_FROM']),
    );
    expect(variables.MAIL_FROM).toBe('portal@bhr.example.org');
    expect(JSON.stringify(variables.PORTAL_ORIGIN)).toMatch(/https:\/\/.*WebDistribution.*DomainName/);
  });

  it('lets the API function read and write items but never scan, and send mail only from MAIL_FROM', () => {
    const policies = JSON.stringify(template.findResources('AWS::IAM::Policy'));
    expect(policies).toContain('dynamodb:Query');
    expect(policies).not.toContain('dynamodb:Scan');
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'ses:SendEmail',
            Condition: { StringEquals: { 'ses:FromAddress': 'portal@bhr.example.org' } },
          }),
        ]),
      },
    });
  });

  it('creates the SES identity of the sender domain, and refuses a sender that is no address', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'bhr.example.org' });
    expect(() => buildApp({ nag: false, context: { ...skipBundling, mailFrom: 'portal' } })).toThrow(/mailFrom/);
  });

  it('serves every route through one HTTP API stage with throttling and JSON access logs', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    const stage = onlyResource('AWS::ApiGatewayV2::Stage', { StageName: '$default', AutoDeploy: true });
    expect(stage.Properties.DefaultRouteSettings).toEqual({
      ThrottlingRateLimit: expect.any(Number),
      ThrottlingBurstLimit: expect.any(Number),
    });
    const accessLogs = stage.Properties.AccessLogSettings as { DestinationArn: unknown; Format: string };
    expect(accessLogs.DestinationArn).toBeDefined();
    expect(JSON.parse(accessLogs.Format)).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
  });

  it('alarms on API 5xx answers and on function errors', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { Namespace: 'AWS/ApiGateway', MetricName: '5xx' });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { Namespace: 'AWS/Lambda', MetricName: 'Errors' });
  });
});

describe('web', () => {
  it('serves the pages from S3 through origin access control and /api/* from the HTTP API, uncached', () => {
    const distribution = onlyResource('AWS::CloudFront::Distribution');
    const config = distribution.Properties.DistributionConfig as Record<string, unknown>;
    expect(config.CustomErrorResponses).toBeUndefined();
    expect(config.Origins).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ OriginAccessControlId: expect.anything(), S3OriginConfig: expect.anything() }),
        expect.objectContaining({
          CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
        }),
      ]),
    );
    expect(config.CacheBehaviors).toEqual([
      expect.objectContaining({
        PathPattern: '/api/*',
        CachePolicyId: cachingDisabled,
        OriginRequestPolicyId: allViewerExceptHostHeader,
        AllowedMethods: expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
      }),
    ]);
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always' },
    });
  });

  it('sends HSTS and a content security policy with the pages', () => {
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: Match.objectLike({
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: Match.anyValue(), Override: true }),
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ContentSecurityPolicy: Match.objectLike({ Override: true }),
        }),
      },
    });
  });

  it('rewrites app routes to /index.html and leaves files alone', () => {
    const code = onlyResource('AWS::CloudFront::Function').Properties.FunctionCode as string;
    const handler = new Function(`${code}; return handler;`)() as (event: { request: { uri: string } }) => {
      uri: string;
    };
    const served = (uri: string) => handler({ request: { uri } }).uri;
    expect(served('/')).toBe('/index.html');
    expect(served('/outcomes/abc')).toBe('/index.html');
    expect(served('/sessions/')).toBe('/index.html');
    expect(served('/assets/index-3f9a.js')).toBe('/assets/index-3f9a.js');
    expect(served('/favicon.svg')).toBe('/favicon.svg');
  });

  it('deploys the site to its bucket and invalidates the distribution', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', { DistributionPaths: ['/*'] });
  });
});
