import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { featureFlags } from './feature-flags.ts';
import { PortalStack } from './portal-stack.ts';

export interface BuildAppOptions {
  /** Context values, e.g. `{ mailFrom }`, or `{ 'aws:cdk:bundling-stacks': [] }` to skip esbuild in tests. */
  readonly context?: Record<string, unknown>;
  /** Run cdk-nag's AwsSolutions and Serverless checks at synthesis (default: true). */
  readonly nag?: boolean;
  /**
   * Run CDK's built-in CloudFormation validation (schemas, dependency cycles) at synthesis
   * (default: true). Loading its rules takes seconds, so tests that only read the template turn
   * it off; Template.fromStack still refuses a dependency cycle.
   */
  readonly validateTemplates?: boolean;
}

const placeholderMailFrom = 'no-reply@example.org';

/** Context `mailFrom`: the sender of every email. Without it the stack uses a placeholder and creates no SES identity. */
function mailFromContext(app: App): { mailFrom: string; mailIdentity: boolean } {
  const value: unknown = app.node.tryGetContext('mailFrom');
  if (value === undefined) return { mailFrom: placeholderMailFrom, mailIdentity: false };
  if (typeof value !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) {
    throw new Error(`Context mailFrom must be an email address, got ${JSON.stringify(value)}.`);
  }
  return { mailFrom: value, mailIdentity: true };
}

/** Builds the CDK app; the CLI runs this file, tests call it and synthesize in memory. */
export function buildApp(options: BuildAppOptions = {}): { app: App; stack: PortalStack } {
  const app = new App({
    context: { ...featureFlags, ...options.context },
    builtinCloudFormationValidation: options.validateTemplates ?? true,
  });
  const stack = new PortalStack(app, 'BhrPortal', {
    description: 'Collaboration portal of the Business and Human Rights working group',
    // Unset without credentials, which keeps the stack environment-agnostic and synth offline.
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
    ...mailFromContext(app),
  });
  if (options.nag ?? true) {
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  }
  return { app, stack };
}

const invokedDirectly =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) buildApp().app.synth();
