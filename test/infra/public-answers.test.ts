import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { originHeaderName } from '#functions/config.ts';
import { type PublicAnswer, publicAnswers } from '#shared/public-answers.ts';
import { grantsOf, onlyResource, portalFunction, portalTemplate } from './support.ts';

/** CloudFront's managed cache policy that keeps nothing, by its fixed ID. */
const cachingDisabled = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

type Behaviour = {
  PathPattern?: string;
  TargetOriginId: string;
  CachePolicyId: unknown;
  OriginRequestPolicyId?: unknown;
  AllowedMethods?: string[];
  CachedMethods?: string[];
};
type CachePolicyConfig = {
  MinTTL: number;
  DefaultTTL: number;
  MaxTTL: number;
  ParametersInCacheKeyAndForwardedToOrigin: {
    CookiesConfig: { CookieBehavior: string };
    HeadersConfig: { HeaderBehavior: string };
    QueryStringsConfig: { QueryStringBehavior: string; QueryStrings?: string[] };
  };
};

const answers: PublicAnswer[] = Object.values(publicAnswers);

for (const stage of ['prod', 'dev']) {
  describe(`public answers from the edge (${stage})`, () => {
    let template: Template;
    let config: Record<string, unknown>;
    let behaviours: Behaviour[];

    beforeAll(() => {
      template = portalTemplate(stage);
      const [, distribution] = onlyResource(template, 'AWS::CloudFront::Distribution');
      config = distribution.Properties.DistributionConfig as Record<string, unknown>;
      behaviours = config.CacheBehaviors as Behaviour[];
    });

    const behaviourAt = (path: string) => behaviours.find((behaviour) => behaviour.PathPattern === path);
    const cachePolicy = (behaviour: Behaviour): CachePolicyConfig => {
      const id = (behaviour.CachePolicyId as { Ref: string }).Ref;
      const policy = template.findResources('AWS::CloudFront::CachePolicy')[id];
      if (!policy) throw new Error(`no cache policy ${id}`);
      return policy.Properties.CachePolicyConfig as CachePolicyConfig;
    };

    it('gives each public answer its own behaviour, before the rest of the API, which stays uncached', () => {
      expect(behaviours.map((behaviour) => behaviour.PathPattern)).toEqual([
        ...answers.map((answer) => answer.path),
        '/api/*',
      ]);
      expect(behaviourAt('/api/*')?.CachePolicyId).toBe(cachingDisabled);
    });

    it.each(answers.map((answer) => [answer.path, answer] as const))(
      'caches %s for reads only, up to its s-maxage, keyed on its query parameters and nothing else',
      (path, answer) => {
        const behaviour = behaviourAt(path);
        if (!behaviour) throw new Error(`no behaviour for ${path}`);
        expect(behaviour.AllowedMethods).toEqual(['GET', 'HEAD']);
        expect(behaviour.CachedMethods).toEqual(['GET', 'HEAD']);
        // No origin request policy: CloudFront forwards the cache key only, so no cookie reaches the API.
        expect(behaviour.OriginRequestPolicyId).toBeUndefined();
        const policy = cachePolicy(behaviour);
        expect(policy).toMatchObject({ MinTTL: 0, DefaultTTL: 0, MaxTTL: answer.sharedMaxAge });
        const key = policy.ParametersInCacheKeyAndForwardedToOrigin;
        expect(key.CookiesConfig.CookieBehavior).toBe('none');
        expect(key.HeadersConfig.HeaderBehavior).toBe('none');
        if (answer.query.length === 0) expect(key.QueryStringsConfig).toEqual({ QueryStringBehavior: 'none' });
        else
          expect(key.QueryStringsConfig).toEqual({ QueryStringBehavior: 'whitelist', QueryStrings: [...answer.query] });
      },
    );

    it('keys no cached behaviour on cookies and forwards none from one', () => {
      const all = [config.DefaultCacheBehavior as Behaviour, ...behaviours];
      const cached = all.filter((behaviour) => behaviour.CachePolicyId !== cachingDisabled);
      expect(cached.length).toBe(answers.length + 1);
      for (const behaviour of cached) {
        expect(cachePolicy(behaviour).ParametersInCacheKeyAndForwardedToOrigin.CookiesConfig.CookieBehavior).toBe(
          'none',
        );
        expect(behaviour.OriginRequestPolicyId).toBeUndefined();
      }
    });

    it('sends the public answers to the API origin, which carries the secret origin header', () => {
      const api = behaviourAt('/api/*');
      for (const answer of answers) expect(behaviourAt(answer.path)?.TargetOriginId).toBe(api?.TargetOriginId);
      const origins = config.Origins as { Id: string; OriginCustomHeaders?: { HeaderName: string }[] }[];
      const origin = origins.find((candidate) => candidate.Id === api?.TargetOriginId);
      expect(origin?.OriginCustomHeaders?.map((header) => header.HeaderName)).toEqual([originHeaderName]);
    });

    it('tells the API function its distribution, which it may invalidate and nothing else (no dependency cycle)', () => {
      const [distributionId] = onlyResource(template, 'AWS::CloudFront::Distribution');
      const [, fn] = portalFunction(template, 'api');
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(variables.EDGE_DISTRIBUTION_ID).toEqual({ Ref: distributionId });
      const grants = grantsOf(template, 'api', ['cloudfront:']);
      expect(Object.keys(grants)).toEqual(['cloudfront:CreateInvalidation']);
      expect(grants['cloudfront:CreateInvalidation']).toEqual([
        expect.stringMatching(
          new RegExp(`^arn:aws:cloudfront::(<AWS::AccountId>|\\d{12}):distribution/<${distributionId}>$`),
        ),
      ]);
      // The events functions change no public answer.
      expect(grantsOf(template, 'cleanup', ['cloudfront:'])).toEqual({});
    });
  });
}
