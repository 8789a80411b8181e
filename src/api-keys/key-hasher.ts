import { Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { pepperFingerprint } from '../config/pepper';

/** The short form stored on each key: which pepper its hashes are under. */
export const PEPPER_TAG_LENGTH = 16;

/**
 * Keys (and invitation tokens) are stored only as HMAC-SHA256 under the server's pepper
 * (TESSERA_KEY_PEPPER): a stolen database alone cannot confirm a guessed key. A 256-bit random
 * secret needs no slow hash; HMAC keeps lookups one indexed equality. During a rotation
 * (TESSERA_KEY_PEPPER_PREVIOUS) a secret can also be hashed under the previous pepper, to find
 * a key not yet re-hashed.
 */
@Injectable()
export class KeyHasher {
  private readonly pepper: Buffer;
  private readonly previousPepper: Buffer | null;
  /** The current pepper's tag (what new and re-hashed keys record). */
  readonly tag: string;
  readonly previousTag: string | null;

  constructor(config: AppConfig) {
    this.pepper = config.keyPepper;
    this.previousPepper = config.previousKeyPepper;
    this.tag = pepperFingerprint(this.pepper).slice(0, PEPPER_TAG_LENGTH);
    this.previousTag = this.previousPepper ? pepperFingerprint(this.previousPepper).slice(0, PEPPER_TAG_LENGTH) : null;
  }

  hash(key: string): string {
    return createHmac('sha256', this.pepper).update(key, 'utf8').digest('hex');
  }

  /** The hash under the previous pepper, or null when no rotation is under way. */
  previousHash(key: string): string | null {
    return this.previousPepper ? createHmac('sha256', this.previousPepper).update(key, 'utf8').digest('hex') : null;
  }
}
