import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { TipEntity } from './tip.entity';

/** A tipster's identity, encrypted at rest; never shown to the agencies verifying the tip, every read audited. */
@Entity({ name: 'tipster_contacts' })
export class TipsterContactEntity {
  @ForeignKey(() => TipEntity, 'id', { name: 'fk_tipster_contacts_tip_id', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'tip_id', type: 'uuid' })
  tipId: string;

  /** AES-256-GCM: base64(iv | tag | ciphertext). */
  @Column({ name: 'contact_encrypted', type: 'text' })
  contactEncrypted: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
