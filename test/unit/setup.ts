import * as z from 'zod/mini';

// Unit tests build the app against mocked AWS clients; the configuration only has to be valid.
Object.assign(process.env, {
  TABLE_NAME: 'portal-unit',
  BUCKET_NAME: 'portal-unit-documents',
  PORTAL_ORIGIN: 'http://localhost:3000',
  MAIL_FROM: 'no-reply@portal.test',
  AWS_REGION: 'eu-central-1',
  AWS_ACCESS_KEY_ID: 'unit',
  AWS_SECRET_ACCESS_KEY: 'unit',
  LOG_LEVEL: 'silent',
  // Set here, not inherited: in `npm test` the stack's global setup disables metrics for every
  // worker; a test that reads the metric lines switches them on itself.
  POWERTOOLS_METRICS_DISABLED: 'true',
});

// As the API words zod's issues (functions/api/router.ts): schemas are tested as it uses them.
z.config(z.locales.en());
