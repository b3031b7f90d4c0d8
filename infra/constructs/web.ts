import { existsSync } from 'node:fs';
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  ResponseHeadersPolicy,
  type ResponseSecurityHeadersBehavior,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { BucketDeployment, type ISource, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { robotsTxt } from '#shared/robots.ts';
import { acknowledgeWildcardActions, acknowledgeWildcardResource } from '../nag.ts';
import { fromRoot } from '../paths.ts';

export interface WebProps {
  /** Host name of the HTTP API, served under /api/* from the same origin as the pages. */
  readonly apiDomainName: string;
  /** Where the browser uploads documents to, as a content-security-policy source. */
  readonly uploadOrigin: string;
  readonly accessLogs: IBucket;
}

/**
 * Any path whose last segment has no file extension is a page of the single-page app, so it gets
 * index.html. Done here rather than with custom error responses, which would also turn the API's
 * own 403 and 404 answers into the HTML page.
 */
const spaRewrite = `function handler(event) {
  var request = event.request;
  var lastSegment = request.uri.substring(request.uri.lastIndexOf('/') + 1);
  if (lastSegment.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

/** Headers every answer carries, pages and API alike. */
const baseSecurityHeaders: ResponseSecurityHeadersBehavior = {
  strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
  contentTypeOptions: { override: true },
  frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
  referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
};

/**
 * The static Vite build loads everything from its own origin and talks only to it and the upload
 * bucket. Uploads are XHR POSTs (for the progress events) to the bucket's regional S3 endpoint
 * (`https://<bucket>.s3.<region>.amazonaws.com/`, the URL the presigned POST names), hence that
 * host in connect-src. Downloads are navigations (a link to /api/documents/:id/download that
 * answers 303 to a presigned GET on the same endpoint); CSP does not restrict where a navigation
 * or its redirect goes, so they need no source here. Were the pages ever to fetch() a download,
 * it would need connect-src and a GET rule in the bucket's CORS.
 */
function pageContentSecurityPolicy(uploadOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${uploadOrigin}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/**
 * The built site, or a one-page placeholder when there is no build (a fresh clone, the tests):
 * synthesis must not depend on running the frontend build first, and `npm run deploy` builds it.
 */
function siteSource(): ISource {
  const dist = fromRoot('web/dist');
  if (existsSync(dist)) return Source.asset(dist);
  return Source.data(
    'index.html',
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Portal</title><p>The site has not been built; run npm run deploy.</p></html>',
  );
}

/** The pages: a private bucket behind CloudFront, which also fronts the API so both share one origin. */
export class Web extends Construct {
  readonly site: Bucket;
  readonly distribution: Distribution;
  /** The portal's origin, e.g. https://d111111abcdef8.cloudfront.net. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);

    this.site = new Bucket(this, 'Site', {
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      // CloudFormation cannot delete a bucket with files in it; emptying it first would take one
      // more custom-resource function, for files any deploy rebuilds.
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'site/',
    });

    const pageHeaders = new ResponseHeadersPolicy(this, 'PageHeaders', {
      comment: 'Security headers of the portal pages',
      securityHeadersBehavior: {
        ...baseSecurityHeaders,
        contentSecurityPolicy: { contentSecurityPolicy: pageContentSecurityPolicy(props.uploadOrigin), override: true },
      },
    });
    // No content security policy here: the API sets its own where it answers HTML (/api/docs).
    const apiHeaders = new ResponseHeadersPolicy(this, 'ApiHeaders', {
      comment: 'Security headers of the portal API',
      securityHeadersBehavior: baseSecurityHeaders,
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Business and Human Rights portal: pages and /api',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: props.accessLogs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.site),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: pageHeaders,
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new CloudFrontFunction(this, 'SpaRewrite', {
              code: FunctionCode.fromInline(spaRewrite),
              runtime: FunctionRuntime.JS_2_0,
              comment: 'Serves index.html for the app routes',
            }),
          },
        ],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(props.apiDomainName, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [OriginSslPolicy.TLS_V1_2],
          }),
          // A redirect would turn a POST into a GET; API clients must use HTTPS from the start.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // API Gateway routes by its own Host name; everything else (cookies, query) goes through.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: apiHeaders,
        },
      },
    });
    this.origin = `https://${this.distribution.distributionDomainName}`;

    const deployment = new BucketDeployment(this, 'Deployment', {
      sources: [siteSource(), Source.data('robots.txt', robotsTxt(this.origin))],
      destinationBucket: this.site,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });

    this.acknowledgeDistributionFindings();
    this.acknowledgeDeploymentFindings(deployment);
  }

  private acknowledgeDistributionFindings(): void {
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'The portal is public by design (businesses and the public read outcomes); there is no country to block.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'No WAF for now: the API is throttled at the stage, sign-in is rate-limited in the application, and a web ACL costs more than the portal itself.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The distribution uses the default *.cloudfront.net certificate, for which CloudFront does not allow choosing the minimum TLS version; a custom domain with an ACM certificate (TLSv1.2_2021) lifts this.',
      },
    );
  }

  /**
   * BucketDeployment runs CDK's own handler (a Python Lambda function shared by the stack) during
   * the deploy only; its runtime and policy are CDK's, not ours to tune.
   */
  private acknowledgeDeploymentFindings(deployment: BucketDeployment): void {
    const handler = Stack.of(this).node.children.find((child) =>
      child.node.id.startsWith('Custom::CDKBucketDeployment'),
    );
    if (!handler) throw new Error('CDK no longer names the BucketDeployment handler Custom::CDKBucketDeployment*.');
    const why = 'CDK BucketDeployment handler, run by CloudFormation at deploy time only:';
    acknowledgeWildcardActions(
      deployment.handlerRole,
      ['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'],
      `${why} CDK's read and read-write bucket grants, needed to copy the build and prune old files.`,
    );
    const source = deployment.node.findChild('Asset1') as Asset;
    acknowledgeWildcardResource(
      deployment.handlerRole,
      source.bucket.arnForObjects('*'),
      `${why} it reads the zipped build from the CDK asset bucket.`,
    );
    acknowledgeWildcardResource(
      deployment.handlerRole,
      this.site.arnForObjects('*'),
      `${why} it writes every file of the site.`,
    );
    acknowledgeWildcardResource(
      deployment.handlerRole,
      '*',
      `${why} cloudfront:CreateInvalidation and GetInvalidation support no resource other than "*".`,
    );
    Validations.of(deployment.handlerRole).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: `${why} CDK attaches the basic execution policy so the handler can write its logs.`,
    });
    Validations.of(handler).acknowledge(
      { id: 'AwsSolutions-L1', reason: `${why} CDK chooses its Python runtime and moves it with CDK upgrades.` },
      {
        id: 'Serverless-LambdaLatestVersion',
        reason: `${why} CDK chooses its Python runtime and moves it with CDK upgrades.`,
      },
      {
        id: 'Serverless-LambdaDLQ',
        reason: `${why} CloudFormation invokes it and reports a failure as a failed deploy.`,
      },
      { id: 'Serverless-LambdaTracing', reason: `${why} a deploy-time copy has nothing worth tracing.` },
    );
  }
}
