import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MillisColumn } from '../database/columns';

@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** The user who created the organization; null once they have been removed. */
  @Column({ name: 'owner_user_id', type: 'varchar', length: 32, nullable: true })
  ownerUserId: string | null;

  @Column(MillisColumn('create_time'))
  createTime: number;

  @Column(MillisColumn('update_time'))
  updateTime: number;
}
