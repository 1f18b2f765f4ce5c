import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { TipEntity } from './tip.entity';
import { sealedText } from '../../common/crypto/sealed-column';

/** A tipster's identity, encrypted at rest; never shown to the agencies verifying the tip, every read audited. */
@Entity({ name: 'tipster_contacts' })
export class TipsterContactEntity {
  @ForeignKey(() => TipEntity, 'id', { name: 'fk_tipster_contacts_tip_id', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'tip_id', type: 'uuid' })
  tipId: string;

  /** The contact as JSON, sealed at rest (envelope encryption); rows from before it: DataCipher's base64, opened by the migration. */
  @Column({ name: 'contact_encrypted', type: 'text', transformer: sealedText('tipster_contacts.contact') })
  contactEncrypted: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
