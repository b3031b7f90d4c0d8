import type { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { config } from '#functions/config.ts';
import { traced } from './tracing.ts';

let documentClient: DynamoDBDocumentClient | undefined;
let s3Client: Promise<S3Client> | undefined;
let sesClient: Promise<SESv2Client> | undefined;
let cloudFrontClient: Promise<CloudFrontClient> | undefined;

/** The DynamoDB document client, built once per process. */
export function dynamo(): DynamoDBDocumentClient {
  if (!documentClient) {
    const { AWS_REGION, DYNAMODB_ENDPOINT } = config();
    const base = traced(new DynamoDBClient({ region: AWS_REGION, endpoint: DYNAMODB_ENDPOINT }));
    documentClient = DynamoDBDocumentClient.from(base, {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    });
  }
  return documentClient;
}

/**
 * The S3 client, loaded on first use: most requests never touch files, and the S3 SDK costs
 * tens of milliseconds at cold start.
 */
export function s3(): Promise<S3Client> {
  s3Client ??= import('@aws-sdk/client-s3').then(({ S3Client }) => {
    const { AWS_REGION, S3_ENDPOINT, S3_FORCE_PATH_STYLE } = config();
    return traced(
      new S3Client({
        region: AWS_REGION,
        endpoint: S3_ENDPOINT,
        forcePathStyle: S3_FORCE_PATH_STYLE,
        // Checksums only when the API requires them: streamed uploads otherwise carry chunk
        // framing that S3-compatible servers other than AWS's store verbatim.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      }),
    );
  });
  return s3Client;
}

/** The SES v2 client, loaded on first use for the same reason as S3. */
export function ses(): Promise<SESv2Client> {
  sesClient ??= import('@aws-sdk/client-sesv2').then(({ SESv2Client }) => {
    const { AWS_REGION, SES_ENDPOINT } = config();
    return traced(new SESv2Client({ region: AWS_REGION, endpoint: SES_ENDPOINT }));
  });
  return sesClient;
}

/**
 * The CloudFront client, loaded on first use: only the secretariat's changes to public answers
 * need it. CloudFront is a global service, signed for us-east-1.
 */
export function cloudFront(): Promise<CloudFrontClient> {
  cloudFrontClient ??= import('@aws-sdk/client-cloudfront').then(
    ({ CloudFrontClient }) => new CloudFrontClient({ region: 'us-east-1' }),
  );
  return cloudFrontClient;
}
