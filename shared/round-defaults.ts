import type { RoundOccasion } from './schemas/round.ts';

/**
 * What a new monitoring round is called and when it is due, unless the secretariat says
 * otherwise (ARCHITECTURE.md, "Recommendations followed through"). The API names a round with
 * these words when it is given no name; the opening form proposes the same, so what it shows
 * is what the round will be called.
 */
export function defaultRoundName(occasion: RoundOccasion, deadline: string): { az: string; en: string } {
  // The deadline's year in Baku (UTC+04:00 all year).
  const year = new Date(Date.parse(deadline) + 4 * 3600 * 1000).getUTCFullYear();
  if (occasion === 'national-human-rights-day') {
    return {
      az: `${year}: 18 iyun – Milli İnsan Hüquqları Günü ərəfəsində monitorinq`,
      en: `${year}: monitoring before National Human Rights Day (18 June)`,
    };
  }
  if (occasion === 'international-human-rights-day') {
    return {
      az: `${year}: 10 dekabr – Beynəlxalq İnsan Hüquqları Günü ərəfəsində monitorinq`,
      en: `${year}: monitoring before International Human Rights Day (10 December)`,
    };
  }
  const day = deadline.slice(0, 10);
  return { az: `Monitorinq, son tarix ${day}`, en: `Monitoring round, due ${day}` };
}

/** The day each occasion is before, as month and day. */
const occasionDays: Record<Exclude<RoundOccasion, 'other'>, { month: number; day: number }> = {
  'national-human-rights-day': { month: 6, day: 18 },
  'international-human-rights-day': { month: 12, day: 10 },
};
/** The office analyses the reports and presents them before the day: the deadline is this much earlier. */
const analysisDays = 21;
/** The addressees have at least this long to answer. */
const answerDays = 14;
/** A round for another occasion is due this long after opening. */
const otherRoundDays = 28;

const dayMs = 24 * 3600 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The round to propose on `today` (a Baku date, YYYY-MM-DD): the next occasion whose deadline
 * (three weeks before its day) still leaves the addressees two weeks, or the next such day of the
 * occasion asked for. Answers the occasion and the deadline's date.
 */
export function proposedRound(today: string, occasion?: RoundOccasion): { occasion: RoundOccasion; deadline: string } {
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  if (occasion === 'other') return { occasion, deadline: isoDay(todayMs + otherRoundDays * dayMs) };
  const year = Number(today.slice(0, 4));
  const candidates = [year, year + 1, year + 2]
    .flatMap((y) =>
      Object.entries(occasionDays).map(([name, { month, day }]) => ({
        occasion: name as RoundOccasion,
        deadlineMs: Date.UTC(y, month - 1, day) - analysisDays * dayMs,
      })),
    )
    .filter((candidate) => !occasion || candidate.occasion === occasion)
    .filter((candidate) => candidate.deadlineMs >= todayMs + answerDays * dayMs)
    .sort((a, b) => a.deadlineMs - b.deadlineMs);
  const [next] = candidates;
  if (!next) throw new Error('no occasion ahead');
  return { occasion: next.occasion, deadline: isoDay(next.deadlineMs) };
}
