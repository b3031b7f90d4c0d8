import { CfnOutput, RemovalPolicy } from 'aws-cdk-lib';
import { EmailIdentity, Identity } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

export interface MailProps {
  /** The sender address; SES verifies its domain. */
  readonly mailFrom: string;
}

/**
 * The SES domain identity of the sender address, with Easy DKIM. SES verifies it once the three
 * CNAME records in the outputs are published in the domain's DNS; until then it sends nothing.
 */
export class Mail extends Construct {
  constructor(scope: Construct, id: string, props: MailProps) {
    super(scope, id);
    const domain = props.mailFrom.slice(props.mailFrom.lastIndexOf('@') + 1);
    const identity = new EmailIdentity(this, 'Identity', { identity: Identity.domain(domain) });
    // Deleting it would stop all sign-in mail and lose its DKIM keys; a stage is never meant to
    // drop it, and if its template ever did, the identity stays in SES.
    identity.applyRemovalPolicy(RemovalPolicy.RETAIN);
    const records = [
      [identity.dkimDnsTokenName1, identity.dkimDnsTokenValue1],
      [identity.dkimDnsTokenName2, identity.dkimDnsTokenValue2],
      [identity.dkimDnsTokenName3, identity.dkimDnsTokenValue3],
    ];
    records.forEach(([name, value], index) => {
      new CfnOutput(this, `DkimRecord${index + 1}`, {
        value: `${name} CNAME ${value}`,
        description: `DNS record ${index + 1} of 3 that verifies ${domain} for SES`,
      });
    });
  }
}
