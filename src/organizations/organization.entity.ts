import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { MillisColumn } from '../database/columns';
import { UserEntity } from './user.entity';

/**
 * An organization. The entities declare the schema exactly as the migrations create it (indexes,
 * foreign keys and their ON DELETE rules), and a test checks that TypeORM's schema builder finds
 * nothing to change after the migrations, on both dialects (test/schema-drift.e2e-spec.ts).
 */
@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** The user who created the organization; null once they have been removed. */
  @Column({ name: 'owner_user_id', type: 'varchar', length: 32, nullable: true })
  @ForeignKey(() => UserEntity, { name: 'fk_organizations_owner', onDelete: 'SET NULL' })
  ownerUserId: string | null;

  @Column(MillisColumn('create_time'))
  createTime: number;

  @Column(MillisColumn('update_time'))
  updateTime: number;
}
