import { Validations } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

/**
 * The value CloudFront adds as the origin header and the API requires (ARCHITECTURE.md, "One
 * way in"). A JSON secret: `current`, and during a rotation `previous`. Both CloudFront and the
 * function receive it through CloudFormation dynamic references, resolved at deploy time: the
 * function reads an environment variable and makes no Secrets Manager call on a cold start
 * (one call would add the SDK client and a round trip, ~50–100 ms, to every cold start).
 */
export class OriginSecret extends Construct {
  readonly secret: Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new Secret(this, 'Secret', {
      description: 'Origin header value CloudFront adds to requests for the portal API',
      generateSecretString: {
        secretStringTemplate: '{}',
        generateStringKey: 'current',
        passwordLength: 48,
        excludePunctuation: true,
      },
    });
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'CloudFront reads the value only at deploy time, so an automatic rotation would break the API until the next deploy; it is rotated by hand with a deploy (README, "Rotating the origin secret").',
    });
  }

  /** The value CloudFront sends. */
  get currentValue(): string {
    return this.secret.secretValueFromJson('current').unsafeUnwrap();
  }

  /** What the API accepts: the current value, and the previous one while a rotation propagates. */
  acceptedValues(withPrevious: boolean): string {
    const current = this.currentValue;
    if (!withPrevious) return current;
    return `${current},${this.secret.secretValueFromJson('previous').unsafeUnwrap()}`;
  }
}
