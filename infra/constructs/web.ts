import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  type BehaviorOptions,
  CacheCookieBehavior,
  CachedMethods,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  type HeadersFrameOption,
  type HeadersReferrerPolicy,
  HttpVersion,
  type IOrigin,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  type ResponseCustomHeader,
  ResponseHeadersPolicy,
  type ResponseSecurityHeadersBehavior,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { AaaaRecord, ARecord, HostedZone, RecordTarget } from 'aws-cdk-lib/aws-route53';
import { CloudFrontTarget } from 'aws-cdk-lib/aws-route53-targets';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { BucketDeployment, CacheControl, type ISource, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { type PublicAnswer, publicAnswers } from '#shared/public-answers.ts';
import { robotsTxt } from '#shared/robots.ts';
import { apiEdgeHeaders, type EdgeHeader, hstsMaxAgeSeconds, pageEdgeHeaders } from '../edge-headers.ts';
import { acknowledgeWildcardActions, acknowledgeWildcardResource } from '../nag.ts';

export interface WebProps {
  /** Host name of the HTTP API, served under /api/* from the same origin as the pages. */
  readonly apiDomainName: string;
  /** Where the browser uploads documents to, as a content-security-policy source. */
  readonly uploadOrigin: string;
  readonly accessLogs: IBucket;
  /** The portal's own host name with its us-east-1 certificate and hosted zone; else *.cloudfront.net. */
  readonly domain?: {
    readonly name: string;
    readonly certificate: ICertificate;
    readonly hostedZone: { readonly id: string; readonly name: string };
  };
  /** The CloudFront web ACL (from us-east-1); absent only in a dev stage that leaves it out. */
  readonly webAclArn?: string;
  /** The origin header CloudFront adds to every API request: name and (secret) value. */
  readonly originHeader: { readonly name: string; readonly value: string };
  /** The built pages (web/dist), or a placeholder page in tests that do not build them. */
  readonly site: SiteFiles;
}

export type SiteFiles = { readonly kind: 'built'; readonly dist: string } | { readonly kind: 'placeholder' };

/**
 * Edge locations in North America, Europe and Israel. The portal's readers are in Azerbaijan and
 * Europe, and the European edges are the nearest well-connected ones from Baku; the classes
 * that add Asia and the Middle East cost more per GB and would not serve this audience better.
 */
export const priceClass = PriceClass.PRICE_CLASS_100;

/** How long browsers and CloudFront keep each kind of file (ARCHITECTURE.md, "Caching"). */
export const siteCaching = {
  /** Names the current release's assets, so it is fetched fresh on every visit. */
  index: 'no-store',
  /** Vite puts a content hash in every name under assets/: a name never changes content. */
  assets: 'public, max-age=31536000, immutable',
  /** favicon, robots.txt: unhashed names that change rarely. */
  other: 'public, max-age=3600',
} as const;

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

/**
 * The edge's headers (infra/edge-headers.ts) as a response headers policy: the four CloudFront
 * knows by name as security headers, the rest as custom headers.
 */
function edgeHeadersBehavior(headers: readonly EdgeHeader[]): {
  securityHeadersBehavior: ResponseSecurityHeadersBehavior;
  customHeadersBehavior?: { customHeaders: ResponseCustomHeader[] };
} {
  const security: { -readonly [K in keyof ResponseSecurityHeadersBehavior]: ResponseSecurityHeadersBehavior[K] } = {};
  const customHeaders: ResponseCustomHeader[] = [];
  for (const { name, value, override } of headers) {
    switch (name) {
      case 'Strict-Transport-Security':
        security.strictTransportSecurity = {
          accessControlMaxAge: Duration.seconds(hstsMaxAgeSeconds),
          includeSubdomains: value.includes('includeSubDomains'),
          override,
        };
        break;
      case 'X-Content-Type-Options':
        security.contentTypeOptions = { override };
        break;
      case 'X-Frame-Options':
        security.frameOptions = { frameOption: value as HeadersFrameOption, override };
        break;
      case 'Referrer-Policy':
        security.referrerPolicy = { referrerPolicy: value as HeadersReferrerPolicy, override };
        break;
      default:
        customHeaders.push({ header: name, value, override });
    }
  }
  return {
    securityHeadersBehavior: security,
    ...(customHeaders.length > 0 ? { customHeadersBehavior: { customHeaders } } : {}),
  };
}

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

const placeholderPage =
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Portal</title><p>Test synthesis without a built site.</p></html>';

/** The three parts of the site, each with its own Cache-Control. */
function siteSources(site: SiteFiles): { index: ISource; assets: ISource; other: ISource } {
  if (site.kind === 'placeholder') {
    return {
      index: Source.data('index.html', placeholderPage),
      assets: Source.data('placeholder.js', ''),
      other: Source.data('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'),
    };
  }
  return {
    index: Source.data('index.html', readFileSync(join(site.dist, 'index.html'), 'utf8')),
    assets: Source.asset(join(site.dist, 'assets')),
    other: Source.asset(site.dist, { exclude: ['assets', 'assets/**', 'index.html'] }),
  };
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
        ...edgeHeadersBehavior(pageEdgeHeaders).securityHeadersBehavior,
        contentSecurityPolicy: { contentSecurityPolicy: pageContentSecurityPolicy(props.uploadOrigin), override: true },
      },
    });
    // No content security policy here: the API sets its own where it answers HTML (/api/docs).
    const apiHeaders = new ResponseHeadersPolicy(this, 'ApiHeaders', {
      comment: 'Security headers of the portal API',
      ...edgeHeadersBehavior(apiEdgeHeaders),
    });

    // The pages' files say how long they may be kept (siteCaching); nothing is cached that did
    // not say so, and nothing in the cache key or the forwarded request carries a cookie.
    const pagesCache = new CachePolicy(this, 'PagesCache', {
      comment: 'Portal pages: the Cache-Control each file carries; no cookies, headers or query',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.days(365),
      cookieBehavior: CacheCookieBehavior.none(),
      headerBehavior: CacheHeaderBehavior.none(),
      queryStringBehavior: CacheQueryStringBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    const apiOrigin = new HttpOrigin(props.apiDomainName, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      customHeaders: { [props.originHeader.name]: props.originHeader.value },
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Business and Human Rights portal: pages and /api',
      defaultRootObject: 'index.html',
      priceClass,
      domainNames: props.domain ? [props.domain.name] : undefined,
      certificate: props.domain?.certificate,
      // The default *.cloudfront.net certificate has a fixed policy; a domain's gets TLSv1.2_2021.
      minimumProtocolVersion: props.domain ? SecurityPolicyProtocol.TLS_V1_2_2021 : undefined,
      webAclId: props.webAclArn,
      httpVersion: HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: props.accessLogs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.site),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: pagesCache,
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
      // CloudFront takes the first behaviour whose pattern matches: the public answers come
      // before the uncached rest of the API.
      additionalBehaviors: {
        ...this.publicAnswerBehaviors(apiOrigin, apiHeaders),
        '/api/*': {
          origin: apiOrigin,
          // A redirect would turn a POST into a GET; API clients must use HTTPS from the start.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // Never cached, so the session cookie may go through: API Gateway routes by its own Host
          // name; everything else (cookies, query) goes through.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: apiHeaders,
        },
      },
    });
    this.origin = `https://${props.domain?.name ?? this.distribution.distributionDomainName}`;
    if (props.domain) this.addAliasRecords(props.domain);

    // Three deployments, each file kind with its Cache-Control. None prunes: the previous
    // release's assets stay, so a tab opened before a deploy still loads its chunks; and a
    // pruning deployment would delete the other two's files.
    const sources = siteSources(props.site);
    const deploy = (
      id: string,
      source: ISource[],
      cacheControl: string,
      extra: { destinationKeyPrefix?: string; exclude?: string[] } = {},
    ) =>
      new BucketDeployment(this, id, {
        sources: source,
        destinationBucket: this.site,
        cacheControl: [CacheControl.fromString(cacheControl)],
        prune: false,
        memoryLimit: 512,
        ...extra,
      });
    const assets = deploy('Assets', [sources.assets], siteCaching.assets, { destinationKeyPrefix: 'assets/' });
    const other = deploy(
      'Other',
      [sources.other, Source.data('robots.txt', robotsTxt(this.origin))],
      siteCaching.other,
    );
    // Last, once the assets it names are in place; it also clears CloudFront's copy of the pages.
    const index = new BucketDeployment(this, 'Index', {
      sources: [sources.index],
      destinationBucket: this.site,
      cacheControl: [CacheControl.fromString(siteCaching.index)],
      prune: false,
      memoryLimit: 512,
      distribution: this.distribution,
      distributionPaths: ['/*'],
    });
    index.node.addDependency(assets, other);

    this.acknowledgeDistributionFindings(props);
    this.acknowledgeDeploymentFindings(index);
  }

  /**
   * One behaviour per public answer (shared/public-answers.ts; ARCHITECTURE.md, "Public reads
   * from the edge"): reads only, cached for at most the answer's s-maxage, keyed on the query
   * parameters that make another answer and on nothing else. No origin request policy, so
   * CloudFront forwards only the cache key: never a cookie, so the API answers as to a stranger.
   * The origin (with its secret header) is the API's own. Answers with equal settings share a
   * policy: an account holds 20 custom cache policies, and dev and prod stages may share one.
   */
  private publicAnswerBehaviors(origin: IOrigin, headers: ResponseHeadersPolicy): Record<string, BehaviorOptions> {
    const policies = new Map<string, CachePolicy>();
    const policyFor = (answer: PublicAnswer) => {
      const key = `${answer.sharedMaxAge}s${answer.query.length > 0 ? `-${answer.query.join('-')}` : ''}`;
      let policy = policies.get(key);
      if (!policy) {
        policy = new CachePolicy(this, `PublicAnswers${policies.size + 1}`, {
          comment: `Public API answers kept up to ${answer.sharedMaxAge} s, keyed on ${answer.query.length > 0 ? `query ${answer.query.join(', ')}` : 'no query'}; never cookies`,
          minTtl: Duration.seconds(0),
          // An answer that does not say how long it keeps (an error) is not kept.
          defaultTtl: Duration.seconds(0),
          maxTtl: Duration.seconds(answer.sharedMaxAge),
          cookieBehavior: CacheCookieBehavior.none(),
          headerBehavior: CacheHeaderBehavior.none(),
          queryStringBehavior:
            answer.query.length > 0
              ? CacheQueryStringBehavior.allowList(...answer.query)
              : CacheQueryStringBehavior.none(),
          enableAcceptEncodingGzip: true,
          enableAcceptEncodingBrotli: true,
        });
        policies.set(key, policy);
      }
      return policy;
    };
    return Object.fromEntries(
      Object.values(publicAnswers).map((answer): [string, BehaviorOptions] => [
        answer.path,
        {
          origin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachedMethods: CachedMethods.CACHE_GET_HEAD,
          cachePolicy: policyFor(answer),
          responseHeadersPolicy: headers,
        },
      ]),
    );
  }

  private addAliasRecords(domain: NonNullable<WebProps['domain']>): void {
    const zone = HostedZone.fromHostedZoneAttributes(this, 'Zone', {
      hostedZoneId: domain.hostedZone.id,
      zoneName: domain.hostedZone.name,
    });
    const target = RecordTarget.fromAlias(new CloudFrontTarget(this.distribution));
    new ARecord(this, 'AliasV4', { zone, recordName: domain.name, target });
    new AaaaRecord(this, 'AliasV6', { zone, recordName: domain.name, target });
  }

  private acknowledgeDistributionFindings(props: WebProps): void {
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'The portal is public by design (businesses and the public read outcomes); there is no country to block.',
    });
    // Only a dev stage may leave these out (infra/stages.ts refuses it for production).
    if (!props.webAclArn) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR2',
        reason:
          'A dev stage with the stage setting waf: false, to save the web ACL fee; production stages always have it.',
      });
    }
    if (!props.domain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'A dev stage without a domain uses *.cloudfront.net, whose certificate cannot pin a minimum TLS version; production stages have a domain with TLSv1.2_2021.',
      });
    }
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
    // All three deployments share the one handler and role.
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
