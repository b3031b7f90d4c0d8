/*
 * Recommendations and monitoring rounds: apart from `constants.ts`, which the pages' shell
 * carries, so that only the recommendation pages download these (ARCHITECTURE.md, "`web/`").
 */

/** Where a followed recommendation stands (ARCHITECTURE.md, "Recommendations followed through"). */
export const recommendationStatuses = [
  'not-started',
  'in-progress',
  'implemented',
  'not-accepted',
  'no-longer-relevant',
] as const;

/** The occasions of a monitoring round: before 18 June and before 10 December, or another. */
export const roundOccasions = ['national-human-rights-day', 'international-human-rights-day', 'other'] as const;
