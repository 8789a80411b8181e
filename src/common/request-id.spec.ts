import { requestIdFor } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFor', () => {
  it.each([
    '3f2a9c1e-8b7d-4e6f-a5c4-1b2d3e4f5a6b',
    '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    'req_123',
    'abc+/=',
    'x'.repeat(128),
  ])('adopts the well-formed %j', (id) => {
    expect(requestIdFor(id)).toBe(id);
  });

  it.each([undefined, '', 'has space', 'line\nbreak', 'x'.repeat(129), 'quote"', '<script>', 'é', ['a', 'b']])(
    'replaces %j with a new UUID',
    (id) => {
      expect(requestIdFor(id)).toMatch(UUID);
    },
  );

  it('generates a different id each time', () => {
    expect(requestIdFor(undefined)).not.toBe(requestIdFor(undefined));
  });
});
