import { handle } from 'hono/aws-lambda';
import { defaultDeps } from '#functions/wiring.ts';
import { createApp } from './app.ts';

export const handler = handle(createApp(defaultDeps()));
