import { handle } from 'hono/aws-lambda';
import { acceptedOriginSecrets } from '#functions/config.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { createGuardedApp } from './app.ts';

export const handler = handle(createGuardedApp(defaultDeps(), acceptedOriginSecrets()));
