import { Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { AppConfig } from '../config/app-config';

/**
 * Keys are stored only as HMAC-SHA256 under the server's pepper (TESSERA_KEY_PEPPER): a stolen
 * database alone cannot confirm a guessed key, and rotating the pepper invalidates every key.
 * A 256-bit random secret needs no slow hash; HMAC keeps lookups one indexed equality.
 */
@Injectable()
export class KeyHasher {
  private readonly pepper: Buffer;

  constructor(config: AppConfig) {
    this.pepper = config.keyPepper;
  }

  hash(key: string): string {
    return createHmac('sha256', this.pepper).update(key, 'utf8').digest('hex');
  }
}
