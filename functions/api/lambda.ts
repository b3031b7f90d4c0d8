import { handle } from 'hono/aws-lambda';
import { createApp } from './app.ts';
import { defaultDeps } from './deps.ts';

export const handler = handle(createApp(defaultDeps()));
