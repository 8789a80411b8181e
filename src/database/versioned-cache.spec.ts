import { VersionedCache } from './versioned-cache';

describe('VersionedCache', () => {
  it('serves a value only while the current version is the one it was read at', () => {
    const cache = new VersionedCache<{ v: string }>(10);
    cache.set('a', { v: 'A' }, '1:0');
    expect(cache.get('a', () => '1:0')).toEqual({ v: 'A' });
    expect(cache.get('a', () => '2:0')).toBeUndefined();
    expect(cache.get('a', () => '1:1')).toBeUndefined();
  });

  it('does not ask for the version of a key it does not hold', () => {
    const cache = new VersionedCache<{ v: string }>(10);
    const version = jest.fn(() => '1:0');
    expect(cache.get('a', version)).toBeUndefined();
    expect(version).not.toHaveBeenCalled();
  });

  it('drops every entry when a value read at another version arrives', () => {
    const cache = new VersionedCache<{ v: string }>(10);
    cache.set('a', { v: 'A' }, '1:0');
    cache.set('b', { v: 'B' }, '1:1');
    expect(cache.size).toBe(1);
    expect(cache.get('a', () => '1:1')).toBeUndefined();
    expect(cache.get('b', () => '1:1')).toEqual({ v: 'B' });
  });

  it('an older read arriving late does not make newer entries look current', () => {
    const cache = new VersionedCache<{ v: string }>(10);
    cache.set('b', { v: 'B' }, '2:0');
    cache.set('a', { v: 'A-old' }, '1:0');
    expect(cache.get('a', () => '2:0')).toBeUndefined();
    expect(cache.get('b', () => '2:0')).toBeUndefined();
  });

  it('holds at most `capacity` entries, dropping the oldest', () => {
    const cache = new VersionedCache<{ n: number }>(3);
    for (let i = 0; i < 5; i++) cache.set(`k${i}`, { n: i }, 'v');
    expect(cache.size).toBe(3);
    expect(cache.get('k0', () => 'v')).toBeUndefined();
    expect(cache.get('k1', () => 'v')).toBeUndefined();
    expect(cache.get('k4', () => 'v')).toEqual({ n: 4 });
    cache.set('k2', { n: 22 }, 'v'); // replacing keeps the size
    expect(cache.size).toBe(3);
    expect(cache.get('k2', () => 'v')).toEqual({ n: 22 });
  });

  it('bounds the total weight: heavy values push out the oldest, one heavier than all is not kept', () => {
    const cache = new VersionedCache<{ rows: number }>(10, (value) => value.rows);
    cache.set('a', { rows: 4 }, 'v');
    cache.set('b', { rows: 4 }, 'v');
    cache.set('c', { rows: 4 }, 'v');
    expect(cache.get('a', () => 'v')).toBeUndefined();
    expect(cache.get('c', () => 'v')).toEqual({ rows: 4 });
    cache.set('huge', { rows: 11 }, 'v');
    expect(cache.get('huge', () => 'v')).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it('freezes what it keeps: every reader shares it', () => {
    const cache = new VersionedCache<{ v: string }>(10);
    const value = { v: 'A' };
    cache.set('a', value, 'v');
    expect(Object.isFrozen(cache.get('a', () => 'v'))).toBe(true);
  });
});
