import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import { originHeaderName } from '#functions/config.ts';
import { AccessLogs } from './constructs/access-logs.ts';
import { Alarms } from './constructs/alarms.ts';
import { Api } from './constructs/api.ts';
import { Data } from './constructs/data.ts';
import { Events } from './constructs/events.ts';
import { Mail } from './constructs/mail.ts';
import { MailWorker } from './constructs/mail-worker.ts';
import { OriginSecret } from './constructs/origin-secret.ts';
import type { PortalFunction } from './constructs/portal-function.ts';
import { type SiteFiles, Web } from './constructs/web.ts';
import type { Stage } from './stages.ts';

export interface PortalStackProps extends StackProps {
  /** The sender address of the portal's emails (context `mailFrom`). */
  readonly mailFrom: string;
  /** Create the SES identity of the sender's domain (not for a placeholder address). */
  readonly mailIdentity: boolean;
  readonly stage: Stage;
  /** The us-east-1 certificate of the stage's domain (EdgeStack). */
  readonly certificate?: ICertificate;
  /** The us-east-1 web ACL (EdgeStack). */
  readonly webAclArn?: string;
  readonly site: SiteFiles;
  /** Accept the previous origin secret too, while a rotation propagates (README, "Rotating the origin secret"). */
  readonly acceptPreviousOriginSecret?: boolean;
}

/** Wires the portal's constructs together; each construct owns its own settings. */
export class PortalStack extends Stack {
  readonly alarms: Alarms;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);

    const accessLogs = new AccessLogs(this, 'AccessLogs');
    const data = new Data(this, 'Data', { accessLogs: accessLogs.bucket });
    const originSecret = new OriginSecret(this, 'OriginSecret');
    const api = new Api(this, 'Api', {
      table: data.table,
      documents: data.documents,
      mailFrom: props.mailFrom,
      acceptedOriginSecrets: originSecret.acceptedValues(props.acceptPreviousOriginSecret ?? false),
      traceAwsCalls: props.stage.traceApiAwsCalls,
    });
    const { domainName, hostedZone } = props.stage;
    const web = new Web(this, 'Web', {
      apiDomainName: api.domainName,
      uploadOrigin: data.uploadOrigin,
      accessLogs: accessLogs.bucket,
      domain:
        domainName && hostedZone && props.certificate
          ? { name: domainName, hostedZone, certificate: props.certificate }
          : undefined,
      webAclArn: props.webAclArn,
      originHeader: { name: originHeaderName, value: originSecret.currentValue },
      site: props.site,
    });

    // The function learns the portal's origin from the distribution, which forwards to the API.
    // That is no cycle in CloudFormation: the distribution refers only to the AWS::ApiGatewayV2::Api
    // (its id), while the resources that refer to the function (integration, route, permission)
    // are separate, so the order is Api -> Distribution -> Function -> Integration -> Route.
    api.handler.addEnvironment('PORTAL_ORIGIN', web.origin);
    // Likewise the distribution's id, with the right to invalidate that distribution only: the
    // secretariat's changes drop the public answers they made stale (ARCHITECTURE.md, "Public
    // reads from the edge"). The distribution still refers to nothing of the function.
    api.handler.addEnvironment('EDGE_DISTRIBUTION_ID', web.distribution.distributionId);
    web.distribution.grantCreateInvalidation(api.handler);
    data.allowBrowserUploadsFrom(web.origin);

    // The events functions learn it too; again no cycle, because the distribution refers to
    // nothing of the events group (nor to the documents bucket, whose notifications name them).
    const events = new Events(this, 'Events', {
      table: data.table,
      documents: data.documents,
      portalOrigin: web.origin,
      mailFrom: props.mailFrom,
    });

    if (props.mailIdentity) new Mail(this, 'Mail', { mailFrom: props.mailFrom });
    // The outbox's worker sends the portal's bulk mail, outside any request (ARCHITECTURE.md, "Mail outbox").
    const mail = new MailWorker(this, 'MailWorker', {
      table: data.table,
      bucketName: data.documents.bucketName,
      portalOrigin: web.origin,
      mailFrom: props.mailFrom,
      deadLetters: events.failures,
    });
    const withTimeout = (fn: PortalFunction) => ({ fn, timeout: fn.timeout ?? Duration.seconds(3) });
    this.alarms = new Alarms(this, 'Alarms', {
      api: api.httpApi,
      functions: {
        Api: withTimeout(api.handler),
        UploadCheck: withTimeout(events.uploadCheck),
        Cleanup: withTimeout(events.cleanup),
        MailWorker: withTimeout(mail.worker),
        MailFeedback: withTimeout(mail.feedback),
        Reminders: withTimeout(mail.reminders),
      },
      failureQueues: { Events: events.failures },
      table: data.table,
      alarmEmail: props.stage.alarmEmail,
      mailReputation: props.mailIdentity,
    });
    api.releaseGradually(this.alarms.deploymentAlarms);
    this.distribution = web.distribution;

    new CfnOutput(this, 'PortalUrl', { value: web.origin, description: 'The portal' });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
    new CfnOutput(this, 'DocumentsBucketName', { value: data.documents.bucketName });
  }
}
