import { creationChanges, diffChanges } from './audit-changes';

describe('diffChanges', () => {
  it('records only fields whose value changed, by wire name', () => {
    expect(diffChanges({ title: 'a', icon: 'x' }, { title: 'b', icon: 'x' })).toEqual({
      title: { before: 'a', after: 'b' },
    });
  });

  it('ignores fields the update did not send (undefined)', () => {
    expect(diffChanges({ title: 'a' }, { title: undefined })).toEqual({});
  });

  it('compares lists by content and order', () => {
    expect(diffChanges({ ips: ['1.2.3.4/32'] }, { ips: ['1.2.3.4/32'] })).toEqual({});
    expect(diffChanges({ ips: ['a', 'b'] }, { ips: ['b', 'a'] })).toEqual({
      ips: { before: ['a', 'b'], after: ['b', 'a'] },
    });
  });

  it('reports a field the before-state lacked as null before', () => {
    expect(diffChanges({}, { role: 'org-admin' })).toEqual({ role: { before: null, after: 'org-admin' } });
  });
});

describe('creationChanges', () => {
  it('records every field with a null before', () => {
    expect(creationChanges({ title: 'W', n: 1 })).toEqual({
      title: { before: null, after: 'W' },
      n: { before: null, after: 1 },
    });
  });
});
