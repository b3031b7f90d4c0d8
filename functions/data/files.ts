import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { config } from '#functions/config.ts';
import { s3 } from './clients.ts';

/** The documents bucket; its keys are made in object-keys.ts. */
export interface UploadPolicy {
  key: string;
  contentType: string;
  size: number;
  expiresSeconds: number;
}

/** The conditions the presigned POST pins: the exact key, the type, and the declared size. */
export function uploadConditions(policy: UploadPolicy) {
  return [
    { bucket: config().BUCKET_NAME },
    ['eq', '$key', policy.key],
    ['eq', '$Content-Type', policy.contentType],
    ['content-length-range', policy.size, policy.size],
  ] as Array<Record<string, string> | [string, string, string] | [string, number, number]>;
}

export const files = {
  async presignUpload(policy: UploadPolicy): Promise<{ url: string; fields: Record<string, string> }> {
    const [client, { createPresignedPost }] = await Promise.all([s3(), import('@aws-sdk/s3-presigned-post')]);
    return createPresignedPost(client, {
      Bucket: config().BUCKET_NAME,
      Key: policy.key,
      Conditions: uploadConditions(policy) as never,
      Fields: { 'Content-Type': policy.contentType },
      Expires: policy.expiresSeconds,
    });
  },

  /** A short-lived link that makes the browser save the file under its original name. */
  async presignDownload(key: string, fileName: string, contentType: string, expiresSeconds: number): Promise<string> {
    const [client, { GetObjectCommand }, { getSignedUrl }] = await Promise.all([
      s3(),
      import('@aws-sdk/client-s3'),
      import('@aws-sdk/s3-request-presigner'),
    ]);
    return getSignedUrl(
      client,
      new GetObjectCommand({
        Bucket: config().BUCKET_NAME,
        Key: key,
        ResponseContentDisposition: contentDisposition(fileName),
        ResponseContentType: contentType,
      }),
      { expiresIn: expiresSeconds },
    );
  },

  /**
   * Size, first bytes (for the type check) and SHA-256 of an object, read in one pass, with the
   * ETag and version id of exactly the object read, so a later copy can be pinned to it.
   */
  async inspect(key: string): Promise<Inspection | undefined> {
    const [client, { GetObjectCommand, NoSuchKey }] = await Promise.all([s3(), import('@aws-sdk/client-s3')]);
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: config().BUCKET_NAME, Key: key }));
      const hash = createHash('sha256');
      const head: Buffer[] = [];
      let headBytes = 0;
      let size = 0;
      for await (const chunk of object.Body as Readable) {
        const bytes = chunk as Buffer;
        hash.update(bytes);
        size += bytes.length;
        if (headBytes < 4096) {
          head.push(bytes.subarray(0, 4096 - headBytes));
          headBytes += Math.min(bytes.length, 4096 - headBytes);
        }
      }
      return {
        size,
        head: Buffer.concat(head),
        sha256: hash.digest('hex'),
        pin: { etag: object.ETag ?? '', ...(object.VersionId ? { versionId: object.VersionId } : {}) },
      };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as Error).name === 'NoSuchKey') return undefined;
      throw error;
    }
  },

  /**
   * Copies exactly the object that was inspected (its version where the bucket keeps versions,
   * and only while its ETag is still the one read) and deletes the source. A presigned POST can
   * be reused until it expires, so the key may hold other bytes by now: then nothing is copied
   * and the answer is `false` (the newer object brings its own check).
   */
  async move(from: string, to: string, pin: ObjectPin): Promise<boolean> {
    const [client, { CopyObjectCommand, DeleteObjectCommand }] = await Promise.all([
      s3(),
      import('@aws-sdk/client-s3'),
    ]);
    const Bucket = config().BUCKET_NAME;
    // Keys are made by the portal from ids and digits only, so they need no URL-encoding here.
    const source = `${Bucket}/${from}${pin.versionId ? `?versionId=${encodeURIComponent(pin.versionId)}` : ''}`;
    try {
      await client.send(new CopyObjectCommand({ Bucket, Key: to, CopySource: source, CopySourceIfMatch: pin.etag }));
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'PreconditionFailed' || name === 'NoSuchKey' || name === 'NoSuchVersion') return false;
      throw error;
    }
    await client.send(new DeleteObjectCommand({ Bucket, Key: from }));
    return true;
  },

  async remove(key: string): Promise<void> {
    const [client, { DeleteObjectCommand }] = await Promise.all([s3(), import('@aws-sdk/client-s3')]);
    await client.send(new DeleteObjectCommand({ Bucket: config().BUCKET_NAME, Key: key }));
  },
};

export type FileStore = typeof files;

/** Which object exactly: its ETag always, its version id where the bucket keeps versions. */
export interface ObjectPin {
  etag: string;
  versionId?: string;
}

export interface Inspection {
  size: number;
  head: Buffer;
  sha256: string;
  pin: ObjectPin;
}

/**
 * `attachment` with the original name: an ASCII fallback for old clients and the exact UTF-8
 * name (RFC 6266 / 5987) for the rest, so `Hesabat_Ə.pdf` arrives as `Hesabat_Ə.pdf`.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
