import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Template } from 'aws-cdk-lib/assertions';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { objectPrefixes, pendingKey, storedKey } from '#functions/data/object-keys.ts';
import { tableDefinition } from '#functions/data/table-definition.ts';
import { buildApp } from '#infra/app.ts';
import { documentKeys } from '#infra/constructs/data.ts';
import { apiEdgeHeaders } from '#infra/edge-headers.ts';
import { lambdaRuntimeName } from '#infra/node-version.ts';
import {
  cdkJsonContext,
  flatten,
  grantsOf,
  onlyResource as onlyResourceIn,
  portalFunction,
  portalTemplate,
  type Resource,
  testContext,
} from './support.ts';

/** CloudFront's managed policies, by their fixed IDs. */
const cachingDisabled = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const allViewerExceptHostHeader = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

let template: Template;

function onlyResource(type: string, properties: Record<string, unknown> = {}): Resource {
  return onlyResourceIn(template, type, properties)[1];
}

function apiFunction(): Resource {
  return portalFunction(template, 'api')[1];
}

beforeAll(() => {
  template = portalTemplate();
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
    expect(rule?.AllowedOrigins).toEqual(['https://portal.bhr.example.org']);
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

  it('expires pending uploads after 2 days, old versions after 90, and unfinished multipart uploads after 1', () => {
    const documents = onlyResource('AWS::S3::Bucket', { VersioningConfiguration: { Status: 'Enabled' } });
    const { Rules: rules } = documents.Properties.LifecycleConfiguration as { Rules: Record<string, unknown>[] };
    expect(rules).toHaveLength(2);
    expect(rules).toContainEqual({
      Id: 'PendingUploads',
      Status: 'Enabled',
      Prefix: 'pending/',
      ExpirationInDays: 2,
      NoncurrentVersionExpiration: { NoncurrentDays: 1 },
    });
    expect(rules).toContainEqual({
      Id: 'OldVersions',
      Status: 'Enabled',
      NoncurrentVersionExpiration: { NoncurrentDays: 90 },
      ExpiredObjectDeleteMarker: true,
      AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
    });
  });

  it('scopes grants and lifecycle rules by the key prefixes the runtime uses', () => {
    expect(objectPrefixes.pending).toBe(documentKeys.pending);
    expect(pendingKey('doc-12345678', 2, 'token').startsWith(documentKeys.pending)).toBe(true);
    expect(storedKey('doc-12345678', 2).startsWith(documentKeys.stored)).toBe(true);
  });
});

describe('api', () => {
  it.each(['api', 'uploadCheck', 'cleanup'] as const)(
    'runs the %s function on ARM64 and the Node.js major version the project pins for its scripts',
    (name) => {
      expect(portalFunction(template, name)[1].Properties).toMatchObject({
        Architectures: ['arm64'],
        Runtime: `nodejs${process.versions.node.split('.')[0]}.x`,
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
      });
      expect(lambdaRuntimeName).toBe('nodejs24.x');
    },
  );

  it('gives the API function its configuration', () => {
    const variables = (apiFunction().Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(Object.keys(variables)).toEqual(
      expect.arrayContaining(['TABLE_NAME', 'BUCKET_NAME', 'PORTAL_ORIGIN', 'MAIL_FROM']),
    );
    expect(variables.MAIL_FROM).toBe('portal@bhr.example.org');
    // The stage's own domain, so links in sent mail survive any change of distribution.
    expect(variables.PORTAL_ORIGIN).toBe('https://portal.bhr.example.org');
    // Without a domain (dev), the distribution's own name.
    const devApi = portalFunction(portalTemplate('dev'), 'api')[1];
    const devVariables = (devApi.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(JSON.stringify(devVariables.PORTAL_ORIGIN)).toMatch(/https:\/\/.*WebDistribution.*DomainName/);
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

  it('lets the API function read and write the items it uses, on the table and its indexes, and nothing else', () => {
    const indexes = tableDefinition.globalSecondaryIndexes.map(({ indexName }) => `Table/index/${indexName}`);
    expect(grantsOf(template, 'api', ['dynamodb:'])).toEqual({
      'dynamodb:GetItem': ['Table'],
      'dynamodb:BatchGetItem': ['Table'],
      'dynamodb:Query': ['Table', ...indexes].sort(),
      'dynamodb:PutItem': ['Table'],
      'dynamodb:UpdateItem': ['Table'],
      'dynamodb:DeleteItem': ['Table'],
      'dynamodb:BatchWriteItem': ['Table'],
      'dynamodb:ConditionCheckItem': ['Table'],
    });
  });

  it('grants the API function every DynamoDB action the data modules use (they change; the grant must follow)', () => {
    const commandActions: Record<string, string> = {
      Get: 'dynamodb:GetItem',
      Put: 'dynamodb:PutItem',
      Update: 'dynamodb:UpdateItem',
      Delete: 'dynamodb:DeleteItem',
      Query: 'dynamodb:Query',
      Scan: 'dynamodb:Scan',
      BatchGet: 'dynamodb:BatchGetItem',
      BatchWrite: 'dynamodb:BatchWriteItem',
      TransactGet: 'dynamodb:GetItem',
    };
    const transactionActions: Record<string, string> = {
      Put: 'dynamodb:PutItem',
      Update: 'dynamodb:UpdateItem',
      Delete: 'dynamodb:DeleteItem',
      ConditionCheck: 'dynamodb:ConditionCheckItem',
    };
    const dataDir = fileURLToPath(new URL('../../functions/data/', import.meta.url));
    const used = new Set<string>();
    for (const file of readdirSync(dataDir).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(join(dataDir, file), 'utf8');
      for (const [, command] of source.matchAll(/\bnew (\w+?)Command\(/g)) {
        const action = commandActions[command as string];
        if (action) used.add(action);
      }
      for (const [, item] of source.matchAll(/\b(Put|Update|Delete|ConditionCheck): \{/g)) {
        used.add(transactionActions[item as string] as string);
      }
    }
    expect(used.size).toBeGreaterThan(3);
    expect(Object.keys(grantsOf(template, 'api', ['dynamodb:']))).toEqual(expect.arrayContaining([...used]));
  });

  it('lets the API function sign uploads only under pending/, downloads only under documents/, and delete nothing', () => {
    expect(grantsOf(template, 'api', ['s3:'])).toEqual({
      // Presigned POST: signed with the role's credentials, so S3 checks PutObject against it.
      's3:PutObject': ['Documents/pending/*'],
      // Presigned GET of a checked document.
      's3:GetObject': ['Documents/documents/*'],
      's3:GetObjectVersion': ['Documents/documents/*'],
      // HeadBucket (health).
      's3:ListBucket': ['Documents'],
    });
  });

  it('creates the SES identity of the sender domain, and refuses a sender that is no address', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'bhr.example.org' });
    const stages = { ...cdkJsonContext.stages, prod: { ...cdkJsonContext.stages.prod, mailFrom: 'portal' } };
    expect(() => buildApp({ nag: false, context: testContext('prod', { stages }) })).toThrow(/mailFrom/);
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

  it('alarms on API 5xx answers', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { Namespace: 'AWS/ApiGateway', MetricName: '5xx' });
  });
});

describe('alarms', () => {
  it.each(['api', 'uploadCheck', 'cleanup'] as const)('alarms on errors and throttles of the %s function', (name) => {
    const [functionId] = portalFunction(template, name);
    for (const metric of ['Errors', 'Throttles']) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Lambda',
        MetricName: metric,
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }],
        Statistic: 'Sum',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'notBreaching',
      });
    }
  });

  it('alarms as soon as one message is visible in the failures queue', () => {
    const [queueId] = onlyResourceIn(template, 'AWS::SQS::Queue');
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      Statistic: 'Maximum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('has exactly the alarms of test/infra/operations.test.ts and above: API 5xx and p99, three per function (API, upload check, cleanup, mail worker, mail feedback, reminders), queue, table, SES', () => {
    expect(Object.keys(template.findResources('AWS::CloudWatch::Alarm'))).toHaveLength(2 + 3 * 6 + 1 + 1 + 2);
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
    // The public answers' cached behaviours come first (test/infra/public-answers.test.ts).
    expect((config.CacheBehaviors as unknown[]).at(-1)).toEqual(
      expect.objectContaining({
        PathPattern: '/api/*',
        CachePolicyId: cachingDisabled,
        OriginRequestPolicyId: allViewerExceptHostHeader,
        AllowedMethods: expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
      }),
    );
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

  it("adds the edge's security headers (infra/edge-headers.ts) to the API's answers, keeping a route's own Referrer-Policy", () => {
    const [, apiHeaders] = onlyResourceIn(template, 'AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: { Comment: Match.stringLikeRegexp('API') },
    });
    const config = apiHeaders.Properties.ResponseHeadersPolicyConfig as {
      SecurityHeadersConfig: Record<string, Record<string, unknown>>;
      CustomHeadersConfig: { Items: Array<{ Header: string; Value: string; Override: boolean }> };
      ContentSecurityPolicy?: unknown;
    };
    const security = config.SecurityHeadersConfig;
    const sent = [
      {
        name: 'Strict-Transport-Security',
        value: `max-age=${security.StrictTransportSecurity?.AccessControlMaxAgeSec}${security.StrictTransportSecurity?.IncludeSubdomains ? '; includeSubDomains' : ''}`,
        override: security.StrictTransportSecurity?.Override,
      },
      { name: 'X-Content-Type-Options', value: 'nosniff', override: security.ContentTypeOptions?.Override },
      { name: 'X-Frame-Options', value: security.FrameOptions?.FrameOption, override: security.FrameOptions?.Override },
      {
        name: 'Referrer-Policy',
        value: security.ReferrerPolicy?.ReferrerPolicy,
        override: security.ReferrerPolicy?.Override,
      },
      ...config.CustomHeadersConfig.Items.map(({ Header, Value, Override }) => ({
        name: Header,
        value: Value,
        override: Override,
      })),
    ];
    expect(sent).toEqual(apiEdgeHeaders);
    expect(security.ContentSecurityPolicy).toBeUndefined();
    expect(apiEdgeHeaders.find(({ name }) => name === 'Referrer-Policy')?.override).toBe(false);
  });

  it("lets the pages POST uploads to the region's S3 endpoint (XHR: connect-src) and nothing else off-site", () => {
    const [, pageHeaders] = onlyResourceIn(template, 'AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: { Comment: Match.stringLikeRegexp('pages') },
    });
    const config = pageHeaders.Properties.ResponseHeadersPolicyConfig as {
      SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: unknown } };
    };
    const csp = flatten(config.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy);
    const directives = new Map(
      csp.split(';').map((directive) => {
        const [name = '', ...sources] = directive.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    // The presigned POST names https://<bucket>.s3.<region>.amazonaws.com/ (a wildcard because the
    // bucket's CORS names the distribution, so the distribution cannot name the bucket).
    expect(directives.get('connect-src')).toEqual(["'self'", 'https://*.s3.eu-central-1.<AWS::URLSuffix>']);
    // Downloads navigate (303 to a presigned GET), which CSP leaves alone; nothing else leaves the origin.
    for (const [name, sources] of directives) {
      if (name !== 'connect-src') expect(sources.join(' '), name).not.toMatch(/s3|https:/);
    }
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
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
    expect(served('/favicon.png')).toBe('/favicon.png');
  });

  it('deploys the site to its bucket and invalidates the distribution', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', { DistributionPaths: ['/*'] });
  });

  it('writes robots.txt at deploy time; without a domain (dev) it names the distribution’s own address', () => {
    const other = (stage: Template) =>
      Object.values(
        stage.findResources('Custom::CDKBucketDeployment', {
          Properties: { SystemMetadata: { 'cache-control': 'public, max-age=3600' } },
        }),
      )[0];
    expect(other(template)?.Properties?.SourceObjectKeys).toHaveLength(2);
    const dev = other(portalTemplate('dev'));
    expect(dev?.Properties?.SourceObjectKeys).toHaveLength(2);
    expect(JSON.stringify(dev?.Properties?.SourceMarkers ?? [])).toMatch(/DomainName/);
  });
});
