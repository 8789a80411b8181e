import { Column, Entity, Index, PrimaryColumn, ValueTransformer } from 'typeorm';

/** mysql2 hands BIGINT back as a string; counts stay far below 2^53. */
const count: ValueTransformer = {
  to: (value: number | undefined) => value,
  from: (value: string | number) => Number(value),
};

/**
 * A key's requests on one UTC day (API.md §10), written only by additive upserts (UsageCounter).
 * Deliberately no foreign key to api_keys: a flush racing a key's deletion must not fail the whole
 * batch. Rows of deleted keys are harmless (the usage endpoint checks the key first) and go with
 * the rest once older than the 90 days anyone can ask for (ApiKeyUsageRepository.purgeOlderThan,
 * which the day index keeps from scanning the whole table).
 */
@Entity({ name: 'api_key_usage' })
@Index('ix_api_key_usage_day', ['day'])
export class ApiKeyUsageEntity {
  @PrimaryColumn({ name: 'api_key_id', type: 'varchar', length: 32 })
  apiKeyId: string;

  /** 'YYYY-MM-DD' (UTC): sorts and compares as text on both databases. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  /** Authenticated requests answered anything but 401, 403 or 429. */
  @Column({ type: 'bigint', default: 0, transformer: count })
  allowed: number;

  /** Authenticated requests answered 403 or 429. */
  @Column({ type: 'bigint', default: 0, transformer: count })
  denied: number;
}
