import { helmetHeaders } from './security-headers';

describe(helmetHeaders.name, () => {
  it("computes helmet's default headers once, lower-cased, without a CSP when it is turned off", () => {
    const headers = helmetHeaders({ contentSecurityPolicy: false });
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'cross-origin-resource-policy': 'same-origin',
    });
    expect(headers).not.toHaveProperty('content-security-policy');
    expect(Object.isFrozen(headers)).toBe(true);
  });

  it('follows the options it is given (a CSP when asked for one)', () => {
    expect(helmetHeaders({})['content-security-policy']).toContain("default-src 'self'");
  });
});
