import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type NodejsFunctionProps, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { esmRequireBanner } from '../bundling.ts';
import { lambdaRuntimeName } from '../node-version.ts';
import { fromRoot, repoRoot } from '../paths.ts';

export interface PortalFunctionProps
  extends Omit<NodejsFunctionProps, 'entry' | 'runtime' | 'architecture' | 'bundling' | 'logGroup' | 'role'> {
  /** The handler module, relative to the repository root (e.g. `functions/api/lambda.ts`). */
  readonly entry: string;
}

/**
 * A Node.js function with the project's defaults: ARM64 on the Node.js runtime the project pins, bundled
 * locally by esbuild into one minified ESM file with the AWS SDK inside (the version the lock
 * file pins, not whichever one the runtime ships), X-Ray tracing, and its own log group with a
 * retention period. Its role starts with nothing but writing to that log group (no AWS managed
 * policy with `logs:*` on every group); callers add what the function needs.
 */
/** The managed runtime that matches the project's pinned Node.js (infra/node-version.ts). */
function lambdaRuntime(): Runtime {
  const runtime = Runtime.ALL.find((candidate) => candidate.name === lambdaRuntimeName);
  if (!runtime) throw new Error(`This aws-cdk-lib has no Lambda runtime ${lambdaRuntimeName}`);
  return runtime;
}

export class PortalFunction extends NodejsFunction {
  /** The function's role, for grants and for acknowledging findings on its policy. */
  readonly executionRole: Role;

  constructor(scope: Construct, id: string, props: PortalFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(scope, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);

    super(scope, id, {
      memorySize: 512,
      timeout: Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      ...props,
      entry: fromRoot(props.entry),
      handler: props.handler ?? 'handler',
      runtime: lambdaRuntime(),
      architecture: Architecture.ARM_64,
      logGroup,
      role,
      projectRoot: repoRoot,
      depsLockFilePath: fromRoot('package-lock.json'),
      // No `--enable-source-maps`: it makes Node read and parse the map of every chunk as it
      // loads (≈ 25 ms more per cold start, measured with `npm run bench`'s build). The maps ship
      // beside the chunks, so a logged stack can still be resolved, or the option set while
      // chasing a bug.
      // Every function's SDK calls are traced unless it says otherwise (the API, see api.ts).
      environment: { POWERTOOLS_TRACE_ENABLED: 'true', ...props.environment },
      bundling: {
        format: OutputFormat.ESM,
        banner: esmRequireBanner,
        mainFields: ['module', 'main'],
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // An empty list replaces the default, which would leave @aws-sdk/* to the runtime.
        externalModules: [],
        tsconfig: fromRoot('tsconfig.json'),
        forceDockerBundling: false,
        // NodejsFunction writes one file and takes no esbuild plugins; the cold-start budget needs
        // both (lazy chunks for the S3 and SES clients, zod without its 40 locales). So the
        // project's own bundler (the one `npm run bench` measures) replaces its output.
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir: string, outputDir: string) => [
            `cd "${inputDir}" && "${process.execPath}" --import tsx infra/bundle-cli.ts "${props.entry}" "${outputDir}"`,
          ],
        },
      },
    });

    this.executionRole = role;
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource other than "*".',
    });
  }
}
