import { ApiKeyEntity } from './api-key.entity';

/**
 * The time rules of a key, in one place (API.md §5): a key is expired as soon as expire_time has
 * passed, whether or not the sweep has run; a rotated-out secret works until its grace ends.
 * (The `state` list filter states the same rule in SQL.)
 */
export function isExpired(key: Pick<ApiKeyEntity, 'state' | 'expireTime'>, now: number): boolean {
  return key.state === 'STATE_EXPIRED' || key.expireTime <= now;
}

export function isGraceActive(
  key: Pick<ApiKeyEntity, 'previousSecretHash' | 'previousSecretExpireTime'>,
  now: number,
): boolean {
  return key.previousSecretHash !== null && key.previousSecretExpireTime !== null && key.previousSecretExpireTime > now;
}
