import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SettingEntity } from './setting.entity';

/** The `settings` table: a few named values that belong to the database, not to the deployment. */
@Injectable()
export class Settings {
  constructor(@InjectRepository(SettingEntity) private readonly settings: Repository<SettingEntity>) {}

  async get(name: string): Promise<string | null> {
    return (await this.settings.findOneBy({ name }))?.value ?? null;
  }

  /** Sets the value unless one exists (the first of several starting instances wins); returns the stored value. */
  async setIfAbsent(name: string, value: string): Promise<string> {
    await this.settings.createQueryBuilder().insert().into(SettingEntity).values({ name, value }).orIgnore().execute();
    return (await this.get(name)) ?? value;
  }

  /** Replaces `expected` with `value`; false when the stored value was something else. */
  async replace(name: string, expected: string, value: string): Promise<boolean> {
    const result = await this.settings.update({ name, value: expected }, { value });
    return (result.affected ?? 0) > 0;
  }
}
