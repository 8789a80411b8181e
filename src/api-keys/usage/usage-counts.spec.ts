import { Clock } from '../../common/time';
import { ApiKeyUsageRepository, UPSERT_CHUNK_ROWS } from './api-key-usage.repository';
import { UsageCounter } from './usage-counter';
import { DAY_MS } from '../../common/time';
import { addInto, chunk, classify, lastDays, PendingUsage, toRows, UsageRow, utcDay } from './usage-counts';

const MIDNIGHT = Date.UTC(2026, 11, 5); // 2026-12-05T00:00:00Z

describe('usage counts', () => {
  it.each([
    [200, 'allowed'],
    [201, 'allowed'],
    [204, 'allowed'],
    [400, 'allowed'],
    [404, 'allowed'],
    [409, 'allowed'],
    [503, 'allowed'],
    [403, 'denied'],
    [429, 'denied'],
    [401, null],
  ])('classifies %p as %p', (status, kind) => {
    expect(classify(status)).toBe(kind);
  });

  it('names UTC days, and the last N of them oldest first', () => {
    expect(utcDay(MIDNIGHT - 1)).toBe('2026-12-04');
    expect(utcDay(MIDNIGHT)).toBe('2026-12-05');
    expect(lastDays(MIDNIGHT + 5, 3)).toEqual(['2026-12-03', '2026-12-04', '2026-12-05']);
    expect(lastDays(MIDNIGHT - 1, 1)).toEqual(['2026-12-04']);
    expect(lastDays(Date.UTC(2026, 2, 1, 12), 2)).toEqual(['2026-02-28', '2026-03-01']);
    expect(lastDays(MIDNIGHT, 90)).toHaveLength(90);
  });

  it('merges additively, never replacing, and skips empty rows', () => {
    const pending: PendingUsage = new Map();
    addInto(pending, 'k1', '2026-12-05', { allowed: 2, denied: 1 });
    addInto(pending, 'k1', '2026-12-05', { allowed: 3, denied: 0 });
    addInto(pending, 'k2', '2026-12-05', { allowed: 0, denied: 0 });
    addInto(pending, 'k1', '2026-12-06', { allowed: 0, denied: 4 });
    expect(toRows(pending)).toEqual([
      { apiKeyId: 'k1', day: '2026-12-05', allowed: 5, denied: 1 },
      { apiKeyId: 'k1', day: '2026-12-06', allowed: 0, denied: 4 },
    ]);
  });

  it('chunks', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([]);
  });
});

describe(UsageCounter.name, () => {
  let now = MIDNIGHT;
  const clock: Clock = { now: () => now };
  let written: UsageRow[][];
  let failNext: number;
  const repository = {
    add: (rows: UsageRow[]) => {
      if (failNext-- > 0) return Promise.reject(new Error('database away'));
      written.push(rows.map((r) => ({ ...r })));
      return Promise.resolve();
    },
  } as unknown as ApiKeyUsageRepository;
  const totals = () =>
    toRows(written.flat().reduce((p, r) => (addInto(p, r.apiKeyId, r.day, r), p), new Map() as PendingUsage));

  beforeEach(() => {
    now = MIDNIGHT;
    written = [];
    failNext = 0;
  });

  it('counts per key and UTC day, and ignores 401', async () => {
    const counter = new UsageCounter(repository, clock);
    counter.count('k1', 200);
    counter.count('k1', 429);
    counter.count('k1', 401);
    counter.count('k2', 403);
    now = MIDNIGHT - 1;
    counter.count('k1', 404);
    expect(counter.pendingOf('k1', '2026-12-05')).toEqual({ allowed: 1, denied: 1 });
    expect(counter.pendingOf('k1', '2026-12-04')).toEqual({ allowed: 1, denied: 0 });
    expect(counter.pendingOf('k3', '2026-12-05')).toEqual({ allowed: 0, denied: 0 });
    await counter.flush();
    expect(totals()).toEqual([
      { apiKeyId: 'k1', day: '2026-12-05', allowed: 1, denied: 1 },
      { apiKeyId: 'k2', day: '2026-12-05', allowed: 0, denied: 1 },
      { apiKeyId: 'k1', day: '2026-12-04', allowed: 1, denied: 0 },
    ]);
    expect(counter.pendingOf('k1', '2026-12-05')).toEqual({ allowed: 0, denied: 0 });
    written = [];
    await counter.flush(); // nothing pending: no write
    expect(written).toEqual([]);
  });

  it('writes in chunks and, when a chunk fails, keeps it and the rest, added to counts made meanwhile', async () => {
    const counter = new UsageCounter(repository, clock);
    const keys = UPSERT_CHUNK_ROWS * 2 + 1;
    for (let i = 0; i < keys; i++) counter.count(`k${i}`, 200);
    failNext = 0;
    // The second chunk fails: the first is written, the second and third are kept.
    const add = jest.spyOn(repository, 'add');
    add.mockImplementationOnce((rows) => {
      written.push([...rows]);
      return Promise.resolve();
    });
    add.mockImplementationOnce(() => Promise.reject(new Error('database away')));
    await expect(counter.flush()).rejects.toThrow('database away');
    add.mockRestore();
    expect(written.flat()).toHaveLength(UPSERT_CHUNK_ROWS);
    counter.count(`k${keys - 1}`, 429);
    await counter.flush();
    const all = totals();
    expect(all).toHaveLength(keys);
    expect(all.reduce((s, r) => s + r.allowed, 0)).toBe(keys);
    expect(all.find((r) => r.apiKeyId === `k${keys - 1}`)).toMatchObject({ allowed: 1, denied: 1 });
    expect(written.every((rows) => rows.length <= UPSERT_CHUNK_ROWS)).toBe(true);
  });

  it('starts a new day exactly at UTC midnight', () => {
    const counter = new UsageCounter(repository, clock);
    now = MIDNIGHT + DAY_MS - 1;
    counter.count('k', 200);
    now = MIDNIGHT + DAY_MS;
    counter.count('k', 200);
    expect(counter.pendingOf('k', '2026-12-05')).toEqual({ allowed: 1, denied: 0 });
    expect(counter.pendingOf('k', '2026-12-06')).toEqual({ allowed: 1, denied: 0 });
  });
});
