import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Facts about this database that the application keeps with it (e.g. its pepper's fingerprint). */
@Entity({ name: 'settings' })
export class SettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 255 })
  value: string;
}
