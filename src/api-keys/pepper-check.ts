import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { EnvironmentError } from '../config/environment';
import { pepperFingerprint } from '../config/pepper';
import { Settings } from '../database/settings';
import { ApiKeyRepository } from './api-key.repository';
import { KeyHasher } from './key-hasher';

const FINGERPRINT = 'pepper_fingerprint';

/**
 * Refuses to serve a database with a pepper it was not set up with (API.md §15): every stored key
 * would answer 401 with no hint why. The first start records the pepper's fingerprint; a start
 * with TESSERA_KEY_PEPPER_PREVIOUS equal to the recorded pepper is a rotation and records the new
 * one, so the new pepper alone starts afterwards. Run by the server and every CLI command.
 */
@Injectable()
export class PepperCheck {
  private readonly logger = new Logger(PepperCheck.name);

  constructor(
    private readonly settings: Settings,
    private readonly keys: ApiKeyRepository,
    private readonly hasher: KeyHasher,
    private readonly config: AppConfig,
  ) {}

  async assertMatches(): Promise<void> {
    const current = pepperFingerprint(this.config.keyPepper);
    const previous = this.config.previousKeyPepper ? pepperFingerprint(this.config.previousKeyPepper) : null;
    let stored = await this.settings.get(FINGERPRINT);
    if (stored === null) {
      stored = await this.settings.setIfAbsent(FINGERPRINT, current);
      // Keys made before fingerprints existed were made under the pepper now recorded.
      if (stored === current) await this.keys.tagUntagged(this.hasher.tag);
    }
    if (stored === current) return;
    if (previous !== null && stored === previous) {
      await this.settings.replace(FINGERPRINT, previous, current);
      this.logger.log('Pepper rotation: keys are re-hashed under TESSERA_KEY_PEPPER on first use.');
      return;
    }
    throw new EnvironmentError(
      `Refusing to start: ${this.describeDatabase()} was set up with a different key pepper than ` +
        `${this.config.pepperSource}, so every stored key would fail. Restore the pepper kept with this database ` +
        '(TESSERA_KEY_PEPPER, or the <database>.pepper file for SQLite), or rotate to a new one by setting ' +
        'TESSERA_KEY_PEPPER_PREVIOUS to the old pepper (README, "Rotating the pepper").',
    );
  }

  private describeDatabase(): string {
    const db = this.config.database;
    return db.kind === 'sqlite' ? `the database ${db.path}` : `the MySQL database ${db.database} on ${db.host}`;
  }
}
