import { Stack, type StackProps } from 'aws-cdk-lib';
import { Certificate, CertificateValidation, type ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import { HostedZone } from 'aws-cdk-lib/aws-route53';
import type { Construct } from 'constructs';
import { EdgeFirewall } from './constructs/edge-firewall.ts';
import type { Stage } from './stages.ts';

/** CloudFront takes its certificate and its web ACL from us-east-1 only. */
export const edgeRegion = 'us-east-1';

export interface EdgeStackProps extends StackProps {
  readonly stage: Stage;
}

/**
 * What CloudFront needs from us-east-1: the ACM certificate of the portal's domain and the
 * web ACL. The portal stack reads their ARNs through CDK's cross-region references (SSM
 * parameters written here, read there), the documented successor of DnsValidatedCertificate.
 */
export class EdgeStack extends Stack {
  readonly certificate?: ICertificate;
  readonly webAclArn?: string;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, {
      ...props,
      env: { account: props.stage.account, region: edgeRegion },
      crossRegionReferences: true,
    });
    const { domainName, hostedZone } = props.stage;
    if (domainName && hostedZone) {
      const zone = HostedZone.fromHostedZoneAttributes(this, 'Zone', {
        hostedZoneId: hostedZone.id,
        zoneName: hostedZone.name,
      });
      this.certificate = new Certificate(this, 'Certificate', {
        domainName,
        validation: CertificateValidation.fromDns(zone),
      });
    }
    if (props.stage.waf) this.webAclArn = new EdgeFirewall(this, 'Firewall').webAcl.attrArn;
  }
}
