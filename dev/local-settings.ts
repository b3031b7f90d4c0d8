import type { StackPorts } from './stack.ts';

/** The ports and origin `npm start` uses, from the environment with the documented defaults. */
export function localSettings() {
  const port = Number(process.env.PORT ?? 3000);
  const ports: StackPorts = {
    dynamodb: Number(process.env.DYNAMODB_PORT ?? 8000),
    s3: Number(process.env.S3_PORT ?? 4569),
    ses: Number(process.env.SES_PORT ?? 8005),
  };
  return { port, ports, portalOrigin: `http://localhost:${port}`, dataDir: process.env.DATA_DIR ?? '.data' };
}
