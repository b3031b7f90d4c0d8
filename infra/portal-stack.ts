import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { AccessLogs } from './constructs/access-logs.ts';
import { Alarms } from './constructs/alarms.ts';
import { Api } from './constructs/api.ts';
import { Data } from './constructs/data.ts';
import { Events } from './constructs/events.ts';
import { Mail } from './constructs/mail.ts';
import { MailWorker } from './constructs/mail-worker.ts';
import { Web } from './constructs/web.ts';

export interface PortalStackProps extends StackProps {
  /** The sender address of the portal's emails (context `mailFrom`). */
  readonly mailFrom: string;
  /** Create the SES identity of the sender's domain (not for a placeholder address). */
  readonly mailIdentity: boolean;
}

/** Wires the portal's constructs together; each construct owns its own settings. */
export class PortalStack extends Stack {
  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);

    const accessLogs = new AccessLogs(this, 'AccessLogs');
    const data = new Data(this, 'Data', { accessLogs: accessLogs.bucket });
    const api = new Api(this, 'Api', { table: data.table, documents: data.documents, mailFrom: props.mailFrom });
    const web = new Web(this, 'Web', {
      apiDomainName: api.domainName,
      uploadOrigin: data.uploadOrigin,
      accessLogs: accessLogs.bucket,
    });

    // The function learns the portal's origin from the distribution, which forwards to the API.
    // That is no cycle in CloudFormation: the distribution refers only to the AWS::ApiGatewayV2::Api
    // (its id), while the resources that refer to the function (integration, route, permission)
    // are separate, so the order is Api -> Distribution -> Function -> Integration -> Route.
    api.handler.addEnvironment('PORTAL_ORIGIN', web.origin);
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
    new MailWorker(this, 'MailWorker', {
      table: data.table,
      bucketName: data.documents.bucketName,
      portalOrigin: web.origin,
      mailFrom: props.mailFrom,
      deadLetters: events.failures,
    });
    new Alarms(this, 'Alarms', {
      api: api.httpApi,
      functions: { Api: api.handler, UploadCheck: events.uploadCheck, Cleanup: events.cleanup },
      failureQueues: { Events: events.failures },
    });

    new CfnOutput(this, 'PortalUrl', { value: web.origin, description: 'The portal' });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
    new CfnOutput(this, 'DocumentsBucketName', { value: data.documents.bucketName });
  }
}
