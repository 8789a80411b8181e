import { failureBucketOf } from './client-bucket';

describe(failureBucketOf.name, () => {
  it('counts an IPv4 client by its address', () => {
    expect(failureBucketOf('198.51.100.7')).toBe('198.51.100.7');
  });

  it('counts an IPv4-mapped IPv6 address as the IPv4 address', () => {
    expect(failureBucketOf('::ffff:198.51.100.7')).toBe('198.51.100.7');
  });

  it('counts every address of one IPv6 /64 together, however it is written', () => {
    const bucket = failureBucketOf('2001:db8:1:2::1');
    expect(bucket).toBe('2001:db8:1:2::/64');
    expect(failureBucketOf('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe(bucket);
    expect(failureBucketOf('2001:DB8:1:2:0:0:0:abcd')).toBe(bucket);
  });

  it('keeps neighbouring /64s apart', () => {
    expect(failureBucketOf('2001:db8:1:3::1')).not.toBe(failureBucketOf('2001:db8:1:2::1'));
  });

  it('passes anything else through unchanged (it is still counted, under its own name)', () => {
    expect(failureBucketOf('not-an-ip')).toBe('not-an-ip');
  });
});
