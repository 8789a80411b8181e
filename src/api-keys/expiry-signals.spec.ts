import { expiresSoon, expiryHeaders } from './expiry-signals';

describe(expiresSoon.name, () => {
  const DAY = 86_400_000;
  const NOW = Date.UTC(2026, 11, 5);

  it('is true from EXPIRY_WARNING_DAYS before expire_time until it passes', () => {
    expect(expiresSoon(NOW + 7 * DAY + 1, NOW, 7)).toBe(false);
    expect(expiresSoon(NOW + 7 * DAY, NOW, 7)).toBe(true);
    expect(expiresSoon(NOW + 1, NOW, 7)).toBe(true);
    expect(expiresSoon(NOW, NOW, 7)).toBe(false); // expired: the state says so
  });

  it('is never true with a warning of 0 days', () => {
    expect(expiresSoon(NOW + 1, NOW, 0)).toBe(false);
  });

  it('adds the Warning header only when the key expires soon', () => {
    expect(expiryHeaders(NOW + 30 * DAY, NOW, 7)).toEqual({ 'Tessera-Key-Expire-Time': '2027-01-04T00:00:00.000Z' });
    expect(expiryHeaders(NOW + DAY, NOW, 7)).toEqual({
      'Tessera-Key-Expire-Time': '2026-12-06T00:00:00.000Z',
      Warning: '299 tessera "API key expires 2026-12-06T00:00:00.000Z"',
    });
  });
});
