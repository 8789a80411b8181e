import { VersionedCache } from './versioned-cache';

describe('VersionedCache', () => {
  it('serves a value only while the current version is the one it was read at', () => {
    const cache = new VersionedCache<string>(10);
    cache.set('a', 'A', '1:0');
    expect(cache.get('a', () => '1:0')).toBe('A');
    expect(cache.get('a', () => '2:0')).toBeUndefined();
    expect(cache.get('a', () => '1:1')).toBeUndefined();
  });

  it('does not ask for the version of a key it does not hold', () => {
    const cache = new VersionedCache<string>(10);
    const version = jest.fn(() => '1:0');
    expect(cache.get('a', version)).toBeUndefined();
    expect(version).not.toHaveBeenCalled();
  });

  it('drops every entry when a value read at another version arrives', () => {
    const cache = new VersionedCache<string>(10);
    cache.set('a', 'A', '1:0');
    cache.set('b', 'B', '1:1');
    expect(cache.size).toBe(1);
    expect(cache.get('a', () => '1:1')).toBeUndefined();
    expect(cache.get('b', () => '1:1')).toBe('B');
  });

  it('an older read arriving late does not make newer entries look current', () => {
    const cache = new VersionedCache<string>(10);
    cache.set('b', 'B', '2:0');
    cache.set('a', 'A-old', '1:0');
    expect(cache.get('a', () => '2:0')).toBeUndefined();
    expect(cache.get('b', () => '2:0')).toBeUndefined();
  });

  it('holds at most `capacity` entries, dropping the oldest', () => {
    const cache = new VersionedCache<number>(3);
    for (let i = 0; i < 5; i++) cache.set(`k${i}`, i, 'v');
    expect(cache.size).toBe(3);
    expect(cache.get('k0', () => 'v')).toBeUndefined();
    expect(cache.get('k1', () => 'v')).toBeUndefined();
    expect(cache.get('k4', () => 'v')).toBe(4);
    cache.set('k2', 22, 'v'); // replacing keeps the size
    expect(cache.size).toBe(3);
    expect(cache.get('k2', () => 'v')).toBe(22);
  });
});
