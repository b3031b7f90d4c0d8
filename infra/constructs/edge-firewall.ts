import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

/** Requests per IP address in five minutes (WAF's evaluation window), by what they may cost. */
export const rateLimits = {
  /** Every request: a busy page view makes ~20; 1,000 leaves room for a shared office address. */
  perIp: 1000,
  /** Sign-in, its callback and sign-out: each sign-in mails a link. */
  auth: 100,
  /** Subscribing mails a confirmation. */
  subscriptions: 50,
} as const;

const window = 300;

function visibility(metricName: string): CfnWebACL.VisibilityConfigProperty {
  return { cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true };
}

function pathStartsWith(prefix: string): CfnWebACL.StatementProperty {
  return {
    byteMatchStatement: {
      fieldToMatch: { uriPath: {} },
      positionalConstraint: 'STARTS_WITH',
      searchString: prefix,
      textTransformations: [{ priority: 0, type: 'NONE' }],
    },
  };
}

function rateRule(name: string, priority: number, limit: number, scope?: CfnWebACL.StatementProperty) {
  return {
    name,
    priority,
    action: { block: {} },
    statement: {
      rateBasedStatement: { limit, aggregateKeyType: 'IP', evaluationWindowSec: window, scopeDownStatement: scope },
    },
    visibilityConfig: visibility(name),
  } satisfies CfnWebACL.RuleProperty;
}

function managedRules(name: string, priority: number, excluded: string[] = []): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    overrideAction: { none: {} },
    statement: {
      managedRuleGroupStatement: {
        vendorName: 'AWS',
        name,
        ruleActionOverrides: excluded.map((rule) => ({ name: rule, actionToUse: { count: {} } })),
      },
    },
    visibilityConfig: visibility(name),
  };
}

/**
 * The CloudFront web ACL (scope CLOUDFRONT, so it lives in us-east-1): AWS's IP reputation list
 * and common rules, a per-IP rate rule for everything, and stricter ones on the routes that
 * send mail. The application keeps its own per-address sign-in limit; this one stops floods
 * before they cost a Lambda invocation or an email.
 */
export class EdgeFirewall extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      description: 'Business and Human Rights portal: rate limits and AWS managed rules',
      visibilityConfig: visibility('PortalWebAcl'),
      rules: [
        managedRules('AWSManagedRulesAmazonIpReputationList', 0),
        rateRule('AuthPerIp', 1, rateLimits.auth, pathStartsWith('/api/auth/')),
        rateRule('SubscriptionsPerIp', 2, rateLimits.subscriptions, pathStartsWith('/api/subscriptions')),
        rateRule('AllPerIp', 3, rateLimits.perIp),
        // The API takes JSON bodies up to 1 MiB (an outcome's text); the common rules' 8 KiB body
        // limit would block a long outcome, so that one rule only counts.
        managedRules('AWSManagedRulesCommonRuleSet', 4, ['SizeRestrictions_BODY']),
      ],
    });
  }
}
