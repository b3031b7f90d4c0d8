import { originHeaderName } from '#functions/config.ts';

/**
 * A request as API Gateway's HTTP API (payload 2.0) hands it to the function, having come through
 * CloudFront (the origin header carries the local stack's value, from its environment). Used by
 * `npm run bench` and by the test that calls the deployed bundle.
 */
export function apiGatewayEvent(method: string, path: string, query = '', body?: unknown) {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: query,
    headers: {
      host: 'portal.example.az',
      accept: 'application/json',
      'user-agent': 'bench',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      [originHeaderName]: process.env.ORIGIN_SECRETS?.split(',')[0] ?? '',
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'bench',
      domainName: 'portal.example.az',
      domainPrefix: 'portal',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
      requestId: 'bench-request',
      routeKey: '$default',
      stage: '$default',
      time: '25/Nov/2026:10:00:00 +0000',
      timeEpoch: 1795600800000,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    isBase64Encoded: false,
  };
}
