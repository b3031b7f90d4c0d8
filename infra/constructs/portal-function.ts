import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type NodejsFunctionProps, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { fromRoot, repoRoot } from '../paths.ts';

export interface PortalFunctionProps
  extends Omit<NodejsFunctionProps, 'entry' | 'runtime' | 'architecture' | 'bundling' | 'logGroup'> {
  /** The handler module, relative to the repository root (e.g. `functions/api/lambda.ts`). */
  readonly entry: string;
}

/**
 * Lambda's Node.js runtimes load an ESM bundle without `require`, but some dependencies bundled
 * from CommonJS still call it (for Node built-ins); this gives them one.
 */
const createRequireBanner =
  "import { createRequire as __portalCreateRequire } from 'node:module'; const require = __portalCreateRequire(import.meta.url);";

/**
 * A Node.js function with the project's defaults: ARM64 on the newest Node.js runtime, bundled
 * locally by esbuild into one minified ESM file with the AWS SDK inside (a pinned SDK version,
 * and no dependency on the one the runtime happens to ship), X-Ray tracing, and a log group
 * with a retention period.
 */
export class PortalFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: PortalFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    super(scope, id, {
      memorySize: 512,
      timeout: Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      ...props,
      entry: fromRoot(props.entry),
      handler: props.handler ?? 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      logGroup,
      projectRoot: repoRoot,
      depsLockFilePath: fromRoot('package-lock.json'),
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        banner: createRequireBanner,
        mainFields: ['module', 'main'],
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // An empty list overrides the default, which leaves @aws-sdk/* to the runtime.
        externalModules: [],
        tsconfig: fromRoot('tsconfig.json'),
        forceDockerBundling: false,
      },
    });
  }
}
