import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { SiteFiles } from './constructs/web.ts';
import { cloudFront5xxRate, EdgeAlarmsStack } from './edge-alarms-stack.ts';
import { EdgeStack } from './edge-stack.ts';
import { featureFlags } from './feature-flags.ts';
import { fromRoot } from './paths.ts';
import { PortalStack } from './portal-stack.ts';
import { type Stage, stageFromContext } from './stages.ts';

export interface BuildAppOptions {
  /**
   * Context values, e.g. `{ stage: 'prod', stages }`, `{ placeholderSite: true }` to synthesize
   * without a built site, or `{ 'aws:cdk:bundling-stacks': [] }` to skip esbuild in tests.
   */
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

/**
 * The built pages. Deploying without them would replace the live site with nothing, so synthesis
 * refuses; only tests, which read the template, ask for a placeholder (context placeholderSite).
 */
function siteFiles(app: App): SiteFiles {
  if (app.node.tryGetContext('placeholderSite') === true) return { kind: 'placeholder' };
  // Context siteDist points elsewhere (a test of this very check); normally web/dist.
  const dist = fromRoot((app.node.tryGetContext('siteDist') as string | undefined) ?? 'web/dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(
      `${join(dist, 'index.html')} is missing: build the pages first (npm run build; npm run deploy does it).`,
    );
  }
  return { kind: 'built', dist };
}

/** The stack names carry the stage, so dev and prod can share an account. */
export function stackName(stage: Stage): string {
  return `BhrPortal-${stage.name}`;
}

/** Builds the CDK app; the CLI runs this file, tests call it and synthesize in memory. */
export function buildApp(options: BuildAppOptions = {}): {
  app: App;
  stack: PortalStack;
  edge?: EdgeStack;
  edgeAlarms: EdgeAlarmsStack;
} {
  const app = new App({
    context: { ...featureFlags, ...options.context },
    builtinCloudFormationValidation: options.validateTemplates ?? true,
  });
  const stage = stageFromContext(app);
  const site = siteFiles(app);
  const name = stackName(stage);
  const edge =
    stage.domainName || stage.waf
      ? new EdgeStack(app, `${name}-Edge`, {
          stage,
          description: `Business and Human Rights portal (${stage.name}): certificate and web ACL for CloudFront`,
        })
      : undefined;
  const stack = new PortalStack(app, name, {
    description: `Collaboration portal of the Business and Human Rights working group (${stage.name})`,
    // The region is always the portal's one region; the account is unset for an agnostic dev synth.
    env: { account: stage.account, region: stage.region },
    // The certificate and web ACL come from us-east-1; the distribution id goes there.
    crossRegionReferences: true,
    stage,
    mailFrom: stage.mailFrom ?? placeholderMailFrom,
    mailIdentity: stage.mailFrom !== undefined,
    certificate: edge?.certificate,
    webAclArn: edge?.webAclArn,
    site,
    acceptPreviousOriginSecret: ['true', true].includes(app.node.tryGetContext('acceptPreviousOriginSecret')),
  });
  const distributionId = stack.distribution.distributionId;
  const edgeAlarms = new EdgeAlarmsStack(app, `${name}-EdgeAlarms`, {
    stage,
    distributionId,
    description: `Business and Human Rights portal (${stage.name}): CloudFront alarm (us-east-1 metrics)`,
  });
  stack.alarms.addToDashboard('CloudFront 5xx rate (%)', cloudFront5xxRate(distributionId));
  if (options.nag ?? true) {
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  }
  return { app, stack, edge, edgeAlarms };
}

const invokedDirectly =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) buildApp().app.synth();
