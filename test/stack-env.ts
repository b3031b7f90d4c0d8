import { afterAll, inject } from 'vitest';

// Test files may use the data layer directly (e.g. to age a sign-in link): same stack, same config.
Object.assign(process.env, inject('stackEnv'));

// Registered before the file's own hooks, so it runs after them: the file's people stay active
// for its own clean-up, then leave the invitations of the files still running.
afterAll(async () => {
  const { retirePeopleMadeHere } = await import('./support/people.ts');
  await retirePeopleMadeHere();
});
