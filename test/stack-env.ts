import { inject } from 'vitest';

// Test files may use the data layer directly (e.g. to age a sign-in link): same stack, same config.
Object.assign(process.env, inject('stackEnv'));
