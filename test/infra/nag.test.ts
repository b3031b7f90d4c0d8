import { App, Stack } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { buildApp } from '#infra/app.ts';
import { featureFlags } from '#infra/feature-flags.ts';
import { testContext, unacknowledgedFindings } from './support.ts';

describe('cdk-nag (AwsSolutions, Serverless)', () => {
  it.each(['prod', 'dev'])(
    'finds nothing unacknowledged in the %s stage, and synthesis with the checks succeeds',
    (stage) => {
      // prod has everything optional (SES identity, domain, web ACL), dev leaves it out.
      const { app } = buildApp({ context: testContext(stage) });
      let synthesisError: unknown;
      try {
        app.synth();
      } catch (error) {
        synthesisError = error;
      }
      expect(unacknowledgedFindings(app)).toEqual([]);
      // Also catches what the listing cannot: CDK's own CloudFormation validation failing the synthesis.
      expect(synthesisError).toBeUndefined();
    },
  );

  it('reports a finding nobody acknowledged (the check above can fail)', () => {
    const app = new App({ context: featureFlags, builtinCloudFormationValidation: false });
    new Bucket(new Stack(app, 'Careless'), 'Unlogged');
    app.synth();
    expect(unacknowledgedFindings(app)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^AwsSolutions-S1 \(error\) at Careless\/Unlogged\/Resource:/)]),
    );
  });
});
