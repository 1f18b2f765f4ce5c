import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException } from '../../common/app-exception';
import { codecConfig } from '../../config/codec.config';
import { securityConfig } from '../../config/security.config';
import { ErrorCode } from '../../domain/error-code';
import { EncryptionCodec } from '../../temporal/encryption-codec';
import { AuditService } from '../audit/audit.service';
import { boundWorkflowId } from './bound-workflow-id';
import { CODEC_BARRED_ROLES } from './codec-barred-roles';
import { parseRemotePayloads } from './parse-remote-payloads';
import type { RemotePayload } from './remote-payload';
import { toRemotePayload } from './to-remote-payload';

/** The audit row names at most this many workflows; the count of payloads is always exact. */
const AUDITED_WORKFLOW_IDS = 50;

/** Opens sealed Temporal payloads for an authorised reader, and records each use in the audit log. */
@Injectable()
export class CodecService {
  private readonly codec = new EncryptionCodec(securityConfig().dataKey);

  constructor(private readonly audit: AuditService) {}

  async decode(user: AuthUser, namespaceHeader: string | undefined, body: unknown): Promise<{ payloads: RemotePayload[] }> {
    const barred = user.roles.filter((role) => CODEC_BARRED_ROLES.includes(role));
    if (barred.length)
      throw new AppException(ErrorCode.FORBIDDEN, `An account with the role ${barred.join(', ')} never reads Temporal payloads in clear`);
    const namespace = this.namespaceOf(namespaceHeader);
    const payloads = parseRemotePayloads(body);
    if (typeof payloads === 'string') throw new AppException(ErrorCode.VALIDATION_FAILED, payloads);

    let opened = 0;
    const workflowIds = new Set<string>();
    // Sealed with our key: opened. Anything else (plaintext the server wrote, another key, tampered) is returned as it
    // came, so the Web UI and the CLI show it as they would without a codec.
    const decoded = payloads.map((payload) => {
      const inner = this.codec.openSealed(payload);
      if (!inner) return payload;
      opened++;
      const workflowId = boundWorkflowId(inner);
      if (workflowId) workflowIds.add(workflowId);
      return inner;
    });
    await this.audit.record({
      actorId: user.userId,
      action: 'TEMPORAL_PAYLOADS_DECODED',
      subjectType: 'TEMPORAL_NAMESPACE',
      subjectId: namespace,
      detail: { payloads: payloads.length, opened, workflowIds: [...workflowIds].slice(0, AUDITED_WORKFLOW_IDS) },
    });
    return { payloads: decoded.map(toRemotePayload) };
  }

  /** One key seals one namespace's payloads: a request naming another namespace is a mistake, said so. */
  private namespaceOf(header: string | undefined): string {
    const { namespace } = codecConfig();
    const given = header?.trim();
    if (given && given !== namespace)
      throw new AppException(ErrorCode.VALIDATION_FAILED, `X-Namespace ${given}: this API's codec opens the payloads of namespace ${namespace} only`);
    return namespace;
  }
}
