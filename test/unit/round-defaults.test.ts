import { describe, expect, it } from 'vitest';
import { defaultRoundName, proposedRound } from '#shared/round-defaults.ts';

describe('the round the opening form proposes', () => {
  it('is the next occasion whose deadline, three weeks before its day, leaves two weeks to answer', () => {
    expect(proposedRound('2026-01-10')).toEqual({ occasion: 'national-human-rights-day', deadline: '2026-05-28' });
    expect(proposedRound('2026-05-20')).toEqual({ occasion: 'international-human-rights-day', deadline: '2026-11-19' });
    // Nine days before 10 December there is no time left: the next one is 18 June.
    expect(proposedRound('2026-12-01')).toEqual({ occasion: 'national-human-rights-day', deadline: '2027-05-28' });
  });

  it('follows the occasion chosen, and gives another occasion four weeks', () => {
    expect(proposedRound('2026-12-01', 'international-human-rights-day')).toEqual({
      occasion: 'international-human-rights-day',
      deadline: '2027-11-19',
    });
    expect(proposedRound('2026-12-01', 'other')).toEqual({ occasion: 'other', deadline: '2026-12-29' });
  });

  it('is named for its day and the deadline’s year in Baku', () => {
    // 21:00 UTC on 31 December is already the next year in Baku.
    expect(defaultRoundName('national-human-rights-day', '2026-12-31T21:00:00Z').en).toBe(
      '2027: monitoring before National Human Rights Day (18 June)',
    );
  });

  it('writes the month in Azerbaijani in lower case, as the opening form names the occasion', () => {
    expect(defaultRoundName('national-human-rights-day', '2027-05-28T14:00:00Z').az).toBe(
      '2027: 18 iyun – Milli İnsan Hüquqları Günü ərəfəsində monitorinq',
    );
    expect(defaultRoundName('international-human-rights-day', '2027-11-19T14:00:00Z').az).toBe(
      '2027: 10 dekabr – Beynəlxalq İnsan Hüquqları Günü ərəfəsində monitorinq',
    );
  });
});
