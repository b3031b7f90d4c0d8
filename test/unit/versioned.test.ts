import { describe, expect, it, vi } from 'vitest';
import { updateVersioned } from '#functions/domain/versioned.ts';
import { PreconditionFailed } from '#functions/errors.ts';

const now = new Date('2026-12-01T10:00:00.000Z');
const before = { id: 'r1', title: 'Old', note: 'same', updatedAt: '2026-11-01T00:00:00.000Z', version: 3 };
const actor = { id: 'member-0001', name: 'Katib' };
const event = (changes: object) => ({
  action: 'record.updated',
  entity: { type: 'record', id: 'r1' },
  summary: Object.keys(changes).join(','),
});

describe('the versioned update', () => {
  it('bumps the version, stamps the time, and writes the record with an event of what changed', async () => {
    const write = vi.fn(async () => undefined);
    const { record } = await updateVersioned(now, {
      actor,
      before,
      after: { ...before, title: 'New' },
      expectedVersion: 3,
      fields: ['title', 'note'],
      event,
      write,
    });
    expect(record).toEqual({ ...before, title: 'New', updatedAt: now.toISOString(), version: 4 });
    expect(write).toHaveBeenCalledWith(
      before,
      record,
      expect.objectContaining({
        action: 'record.updated',
        actorId: 'member-0001',
        summary: 'title',
        changes: { title: { from: 'Old', to: 'New' } },
      }),
    );
  });

  it('refuses a stale version with 412 and writes nothing', async () => {
    const write = vi.fn(async () => undefined);
    const update = { actor, before, after: { ...before, title: 'New' }, expectedVersion: 2, event, write };
    await expect(updateVersioned(now, update)).rejects.toBeInstanceOf(PreconditionFailed);
    expect(write).not.toHaveBeenCalled();
  });

  it('writes nothing when none of the recorded fields changed', async () => {
    const write = vi.fn(async () => undefined);
    const { record } = await updateVersioned(now, {
      actor,
      before,
      after: { ...before },
      fields: ['title'],
      event,
      write,
    });
    expect(record).toBe(before);
    expect(write).not.toHaveBeenCalled();
  });
});
