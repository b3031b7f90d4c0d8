import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IAlarm } from 'aws-cdk-lib/aws-cloudwatch';
import { LambdaDeploymentConfig, LambdaDeploymentGroup } from 'aws-cdk-lib/aws-codedeploy';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Alias } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { logPartition as auditPartition } from '#functions/data/audit.ts';
import { tableDefinition } from '#functions/data/table-definition.ts';
import { acknowledgeWildcardResource } from '../nag.ts';
import { documentKeys } from './data.ts';
import { grantBucketListing, grantDocumentObjects, grantTableItems } from './grants.ts';
import { PortalFunction } from './portal-function.ts';

export interface ApiProps {
  readonly table: ITable;
  readonly documents: IBucket;
  /** The sender address of every email; the function may send from it and from nothing else. */
  readonly mailFrom: string;
  /** ORIGIN_SECRETS: the origin-header values the API accepts, as a deploy-time dynamic reference. */
  readonly acceptedOriginSecrets: string;
  /**
   * Whether the API's DynamoDB, S3 and SES calls are traced (the stage's `traceApiAwsCalls`). Off
   * by default: the Tracer costs each cold start ≈ 30 ms, and most API calls of a quiet portal
   * meet a cold function (ARCHITECTURE.md, "Production").
   */
  readonly traceAwsCalls?: boolean;
}

/** Steady and burst request rates for the whole API; a working group's portal needs far less. */
const throttle = { rateLimit: 50, burstLimit: 100 };

/** HTTP API access-log variables, one JSON object a line, so Logs Insights can query the fields. */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    method: '$context.httpMethod',
    path: '$context.path',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    latencyMs: '$context.responseLatency',
    integrationLatencyMs: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    userAgent: '$context.identity.userAgent',
  }),
);

/** The api function group: one Lambda function serving every /api route behind an HTTP API. */
export class Api extends Construct {
  readonly handler: PortalFunction;
  /** What API Gateway invokes: the released version; CodeDeploy moves it to a new one gradually. */
  readonly live: Alias;
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  /** The host name CloudFront forwards /api/* to. */
  readonly domainName: string;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    this.handler = new PortalFunction(this, 'Handler', {
      entry: 'functions/api/lambda.ts',
      description: 'The portal API: every /api route',
      memorySize: 1024,
      // API Gateway gives up on an integration after 30 s; answering later helps nobody.
      timeout: Duration.seconds(29),
      environment: {
        TABLE_NAME: props.table.tableName,
        BUCKET_NAME: props.documents.bucketName,
        MAIL_FROM: props.mailFrom,
        ORIGIN_SECRETS: props.acceptedOriginSecrets,
        POWERTOOLS_TRACE_ENABLED: String(props.traceAwsCalls ?? false),
      },
    });
    grantTableItems(this.handler, props.table, {
      items: [
        'dynamodb:GetItem',
        'dynamodb:BatchGetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        // The outcomes search index (functions/data/outcomes.ts).
        'dynamodb:BatchWriteItem',
        'dynamodb:ConditionCheckItem',
      ],
      queries: tableDefinition.globalSecondaryIndexes.map(({ indexName }) => indexName),
    });
    this.denyChangingTheAuditLog(props.table);
    // Presigned POST uploads are signed with this role's credentials, so S3 checks PutObject
    // against the role: only under pending/, where the upload check picks them up. Presigned
    // downloads read checked documents only. The API never deletes an object.
    grantDocumentObjects(this.handler, props.documents, documentKeys.pending, ['s3:PutObject']);
    grantDocumentObjects(this.handler, props.documents, documentKeys.stored, ['s3:GetObject', 's3:GetObjectVersion']);
    // The health check's HeadBucket.
    grantBucketListing(this.handler, props.documents);
    this.grantSendingMail(props.mailFrom);

    // The version is computed from the function's final configuration at synthesis, so
    // environment added later (PORTAL_ORIGIN) still makes a new version.
    this.live = new Alias(this, 'Live', { aliasName: 'live', version: this.handler.currentVersion });

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'The portal API, reached through CloudFront at /api/*',
      defaultIntegration: new HttpLambdaIntegration('Handler', this.live),
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'Stage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: accessLogFormat },
    });
    this.domainName = `${this.httpApi.apiId}.execute-api.${Stack.of(this).region}.${Stack.of(this).urlSuffix}`;

    Validations.of(this.httpApi).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'The application authorizes every route itself (session cookie, role and object-level checks); many routes are public by design.',
    });
    Validations.of(this.handler).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason:
        'API Gateway invokes this function synchronously; a dead-letter queue only ever receives asynchronous failures.',
    });
  }

  /**
   * The audit log is append-only for the API: an explicit deny (which no allow overrides) on
   * deleting or updating any item of its partition, in a batch too. Appending stays allowed, and
   * every append is conditioned on the item not existing (functions/data/audit.ts); IAM cannot
   * require that condition, so an overwrite by a changed API remains the one gap.
   */
  private denyChangingTheAuditLog(table: ITable): void {
    this.handler.addToRolePolicy(
      new PolicyStatement({
        sid: 'AuditLogAppendOnly',
        effect: Effect.DENY,
        actions: ['dynamodb:DeleteItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'],
        resources: [table.tableArn],
        conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': [`${auditPartition}*`] } },
      }),
    );
  }

  /**
   * Each deploy shifts 10 % of the API's traffic to the new version, waits 5 minutes, then shifts
   * the rest; if any of `alarms` fires meanwhile (5xx, errors, p99), CodeDeploy moves the alias
   * back to the old version.
   */
  releaseGradually(alarms: IAlarm[]): LambdaDeploymentGroup {
    const group = new LambdaDeploymentGroup(this, 'Release', {
      alias: this.live,
      deploymentConfig: LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES,
      alarms,
      autoRollback: { failedDeployment: true, stoppedDeployment: true, deploymentInAlarm: true },
    });
    Validations.of(group.role).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited]',
      reason:
        'CodeDeploy needs this AWS managed policy to move the alias and read the alarms; its "Limited" variant allows invoking only functions named for CodeDeploy hooks.',
    });
    return group;
  }

  /**
   * SES checks sending authorization against the sender's identity and, while the account is in
   * the SES sandbox, against each recipient's too; so the resource is every identity of the
   * account, and the condition pins the one sender address.
   */
  private grantSendingMail(mailFrom: string): void {
    const identities = Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: '*' });
    this.handler.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [identities],
        conditions: { StringEquals: { 'ses:FromAddress': mailFrom } },
      }),
    );
    acknowledgeWildcardResource(
      this.handler.executionRole,
      identities,
      'SES authorizes against the identities of sender and (in the sandbox) recipients; the ses:FromAddress condition pins the sender.',
    );
  }
}
