/**
 * `npm run admin -- create-secretariat --email … --name …`: creates a secretariat account.
 * There is no default account anywhere; this is how the first one comes to be. `reindex`,
 * `export` and `import` are the other commands (see the usage below).
 *
 * It reads the same configuration as the app. With TABLE_NAME unset it talks to the local
 * stack (`npm start` must be running); against AWS, export TABLE_NAME, BUCKET_NAME,
 * PORTAL_ORIGIN, MAIL_FROM and AWS_REGION (the stack's outputs) with AWS credentials.
 */
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { emailSchema, languageSchema, text } from '#shared/schemas/common.ts';
import { dumpUsage } from './admin-dump-cli.ts';
import { localSettings } from './local-settings.ts';
import { localStackEnv } from './stack.ts';

const usage = `Usage:
  npm run admin -- create-secretariat --email <address> --name "<full name>" [--organisation "<name>"] [--position "<title>"] [--language az|en]
  npm run admin -- reindex      brings every published outcome's search words up to date (after a change of stemming)
  npm run admin -- erase-member --email <address>   erases a member on request (README, "Personal data")
  npm run admin -- restart-message --id <message id>   hands a message stuck "sending" (its stream records reached the dead-letter queue) to the mail worker again; nothing already sent is sent again
${dumpUsage}`;

const inputSchema = z.strictObject({
  email: emailSchema,
  name: text(120),
  organisation: z.optional(text(200)),
  position: z.optional(text(120, 0)),
  language: z.optional(languageSchema),
});

function useLocalStackUnlessConfigured(): void {
  if (process.env.TABLE_NAME) return;
  const local = localSettings();
  Object.assign(process.env, localStackEnv(local.ports, local.portalOrigin));
  // stderr: `export` writes the dump itself to stdout.
  console.error(`No TABLE_NAME set: using the local stack (DynamoDB Local on port ${local.ports.dynamodb}).`);
}

async function main(): Promise<void> {
  const command = process.argv[2];
  if (command === 'export' || command === 'import') {
    useLocalStackUnlessConfigured();
    const { runDumpCommand } = await import('./admin-dump-cli.ts');
    return runDumpCommand(command, process.argv.slice(3));
  }
  if (command === 'reindex') {
    useLocalStackUnlessConfigured();
    const { defaultDeps } = await import('#functions/wiring.ts');
    const { reindexCatalog } = await import('#functions/domain/outcomes.ts');
    const { failures, ...counts } = await reindexCatalog(defaultDeps());
    for (const failure of failures) console.error(`Not re-indexed: ${failure.record}: ${failure.error}`);
    console.log(`Re-indexed ${counts.reindexed}, unchanged ${counts.unchanged}, failed ${counts.failed}.`);
    if (counts.failed > 0) process.exit(1);
    return;
  }
  if (command === 'erase-member') {
    const { values: options } = parseArgs({ args: process.argv.slice(3), options: { email: { type: 'string' } } });
    const email = emailSchema.safeParse(options.email);
    if (!email.success) {
      console.error(`--email: ${email.error.issues[0]?.message ?? 'required'}`);
      console.error(usage);
      process.exit(2);
    }
    useLocalStackUnlessConfigured();
    const [{ defaultDeps }, { eraseMember }, { auditRewrites }] = await Promise.all([
      import('#functions/wiring.ts'),
      import('#functions/domain/erasure.ts'),
      import('#functions/data/audit.ts'),
    ]);
    const report = await eraseMember({ ...defaultDeps(), auditRewrites }, email.data, 'an operator (npm run admin)');
    console.log(
      `Erased ${email.data} as ${report.pseudonym}: ${report.subscriptions} follows and ${report.answers} answers removed, ${report.documentsKept} documents kept under the pseudonym, ${report.documentsWithdrawn} withdrawn, ${report.auditEventsRewritten} audit events pseudonymised.`,
    );
    return;
  }
  if (command === 'restart-message') {
    const { values: options } = parseArgs({ args: process.argv.slice(3), options: { id: { type: 'string' } } });
    if (!options.id) {
      console.error(usage);
      process.exit(2);
    }
    useLocalStackUnlessConfigured();
    const { defaultDeps } = await import('#functions/wiring.ts');
    const { restartMessage } = await import('#functions/domain/mail-restart.ts');
    const result = await restartMessage(defaultDeps(), options.id, 'an operator (npm run admin)');
    if (!result.restarted) return console.log(`Message ${options.id} is done: nothing to restart.`);
    const { counts } = result;
    console.log(
      `Restarted message ${options.id}: ${counts.sent} of ${counts.recipients} were sent before and stay sent; the worker sends the rest.`,
    );
    return;
  }
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      organisation: { type: 'string' },
      position: { type: 'string' },
      language: { type: 'string' },
    },
  });
  if (positionals[0] !== 'create-secretariat') {
    console.error(usage);
    process.exit(2);
  }
  const input = inputSchema.safeParse(values);
  if (!input.success) {
    for (const issue of input.error.issues) console.error(`--${issue.path.join('.')}: ${issue.message}`);
    console.error(usage);
    process.exit(2);
  }
  useLocalStackUnlessConfigured();
  const { defaultDeps } = await import('#functions/wiring.ts');
  const { createSecretariat } = await import('#functions/domain/members.ts');
  const member = await createSecretariat(defaultDeps(), input.data);
  console.log(
    `Created secretariat account ${member.email} (${member.id}). Sign in at ${process.env.PORTAL_ORIGIN}/sign-in.`,
  );
}

main().catch((error: Error) => {
  const hint = /ECONNREFUSED|fetch failed/.test(String(error)) ? ' Is `npm start` running?' : '';
  console.error(`Could not ${process.argv[2] ?? 'run'}: ${error.message}.${hint}`);
  process.exit(1);
});
