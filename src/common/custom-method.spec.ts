import fc from 'fast-check';
import Router from 'find-my-way';
import { CUSTOM_METHOD_MARK, CUSTOM_METHOD_ROUTE, rewriteCustomMethodUrl } from './custom-method';

describe('CUSTOM_METHOD_ROUTE', () => {
  it('declares a custom method as a "~verb" segment after the resource id', () => {
    expect(CUSTOM_METHOD_MARK).toBe('~');
    expect(CUSTOM_METHOD_ROUTE(':apiKeyId', 'rotate')).toBe(':apiKeyId/~rotate');
  });
});

describe('rewriteCustomMethodUrl', () => {
  describe('rewrites a final {id}:{verb} segment', () => {
    it.each([
      ['/a/apiKeys/k:rotate', '/a/apiKeys/k/~rotate'],
      ['/a/apiKeys/k:rotate?x=1', '/a/apiKeys/k/~rotate?x=1'],
      ['/a/apiKeys/k:rotate?', '/a/apiKeys/k/~rotate?'],
      ['/api/v1/organizations/o1/apiKeys/k1:rotate', '/api/v1/organizations/o1/apiKeys/k1/~rotate'],
      ['/api/v1/organizations/o1/apiKeys/k1:rotate?a=b&c=d:e', '/api/v1/organizations/o1/apiKeys/k1/~rotate?a=b&c=d:e'],
      ['/a/apiKeys/k:someVerb', '/a/apiKeys/k/~someVerb'],
    ])('%s → %s', (input, expected) => {
      expect(rewriteCustomMethodUrl(input)).toBe(expected);
    });

    it.each([
      ['/a/apiKeys/k%3Arotate', '/a/apiKeys/k/~rotate'],
      ['/a/apiKeys/k%3arotate', '/a/apiKeys/k/~rotate'],
      ['/a/apiKeys/k%3Arotate?x=1', '/a/apiKeys/k/~rotate?x=1'],
    ])('accepts a percent-encoded colon: %s → %s', (input, expected) => {
      expect(rewriteCustomMethodUrl(input)).toBe(expected);
    });
  });

  describe('leaves other URLs unchanged', () => {
    it.each([
      '/',
      '/health',
      '/api/v1/me',
      '/api/v1/organizations/o1/apiKeys/k1',
      '/api/v1/organizations/o1/apiKeys/k1?filter=title%20%3A%20%22x%22',
      '/api/v1/organizations/o1/apiKeys?filter=state:STATE_ACTIVE',
      '/api/v1/organizations/o1/apiKeys/k1?x=a:rotate',
      '/a/b:c/d',
      '/a/k:rotate/',
      '/a/k:rotate/more',
      '/a/k:',
      '/a/k:123',
      '/a/k:rot-ate',
      '/:rotate',
      'k:rotate',
      '/a/:rotate',
      '/a/k:b:rotate',
    ])('%s', (url) => {
      expect(rewriteCustomMethodUrl(url)).toBe(url);
    });
  });

  describe('makes a literal "~" segment unroutable', () => {
    it.each([
      '/a/apiKeys/k/~rotate',
      '/api/v1/organizations/o1/apiKeys/k1/~rotate',
      '/api/v1/organizations/o1/apiKeys/k1/~rotate?x=1',
      '/api/v1/organizations/o1/apiKeys/k1/%7Erotate',
      '/api/v1/organizations/o1/apiKeys/k1/%7erotate',
      '/~',
    ])('%s', (url) => {
      const out = rewriteCustomMethodUrl(url);
      expect(out.startsWith('/__unroutable__')).toBe(true);
      expect(out).not.toContain('rotate');
    });

    it('keeps the query string of an unroutable URL', () => {
      expect(rewriteCustomMethodUrl('/a/k/~rotate?x=1')).toBe('/__unroutable__?x=1');
    });

    it('a "~" in the query string alone is harmless', () => {
      expect(rewriteCustomMethodUrl('/a/k?x=/~rotate')).toBe('/a/k?x=/~rotate');
    });
  });

  describe('with the router Fastify uses (find-my-way)', () => {
    const ROUTE = '/api/v1/organizations/:organizationId/apiKeys/' + CUSTOM_METHOD_ROUTE(':apiKeyId', 'rotate');
    const router = Router();
    router.on('POST', ROUTE, () => undefined);
    router.on('GET', '/api/v1/organizations/:organizationId/apiKeys/:apiKeyId', () => undefined);
    const routed = (url: string, method: 'GET' | 'POST' = 'POST') =>
      router.find(method, rewriteCustomMethodUrl(url).split('?')[0]);

    it.each(['/api/v1/organizations/o1/apiKeys/k1:rotate', '/api/v1/organizations/o1/apiKeys/k1%3Arotate'])(
      '%s reaches the rotate route with the right ids',
      (url) => {
        const found = routed(url);
        expect(found).not.toBeNull();
        expect({ ...found!.params }).toEqual({ organizationId: 'o1', apiKeyId: 'k1' });
      },
    );

    it.each([
      '/api/v1/organizations/o1/apiKeys/k1/~rotate',
      '/api/v1/organizations/o1/apiKeys/k1/%7Erotate',
      '/api/v1/organizations/o1/apiKeys/k1/%7erotate',
    ])('%s reaches no route', (url) => {
      expect(routed(url)).toBeNull();
    });

    it('a GET on the key itself is not affected', () => {
      const found = routed('/api/v1/organizations/o1/apiKeys/k1', 'GET');
      expect({ ...found!.params }).toEqual({ organizationId: 'o1', apiKeyId: 'k1' });
    });
  });

  describe('properties', () => {
    const segment = fc.stringMatching(/^[a-z0-9]{1,10}$/);
    const verb = fc.stringMatching(/^[A-Za-z]{1,10}$/);
    const query = fc.option(fc.stringMatching(/^[a-z0-9=&:%~/]{0,15}$/), { nil: undefined });

    it('rewrites {prefix}/{id}:{verb}[?q] to {prefix}/{id}/~{verb}[?q]', () => {
      fc.assert(
        fc.property(fc.array(segment, { maxLength: 5 }), segment, verb, query, (prefix, id, v, q) => {
          const path = ['', ...prefix, id].join('/');
          const qs = q === undefined ? '' : `?${q}`;
          expect(rewriteCustomMethodUrl(`${path}:${v}${qs}`)).toBe(`${path}/~${v}${qs}`);
        }),
      );
    });

    it('a URL whose path has no "~" and no colon is returned unchanged', () => {
      fc.assert(
        fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9._%-]{0,10}$/), { maxLength: 6 }), query, (parts, q) => {
          const path = '/' + parts.join('/');
          fc.pre(!/%3a|%7e/i.test(path));
          const url = q === undefined ? path : `${path}?${q}`;
          expect(rewriteCustomMethodUrl(url)).toBe(url);
        }),
      );
    });

    it('never returns a path with a "~" segment unless it rewrote a colon', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 40 }), (tail) => {
          const url = '/' + tail;
          const out = rewriteCustomMethodUrl(url);
          const outPath = out.split('?')[0];
          if (outPath.includes('/~')) {
            expect(outPath).toMatch(/\/~[A-Za-z]+$/);
            expect(url.split('?')[0]).toMatch(/(:|%3a)[A-Za-z]+$/i);
          }
        }),
        { numRuns: 2000 },
      );
    });
  });
});
