import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ExtensionAction } from '../../../domain/access/extension-action';
import { DurationDto } from './extension-allowance.dto';
import { ExtensionDeciderDto } from './extension-decider.dto';

/** One extension request of a task. A reader who sees only the task's status gets its id, status, tier, dates, decider and actions. */
export class ExtensionDto {
  @ApiProperty() extensionId: string;
  @ApiProperty({ enum: ['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'] }) status: string;
  @ApiPropertyOptional({ type: Number }) tierIndex?: number;
  @ApiPropertyOptional({ type: String, description: 'Who asked (a user id)' }) requestedBy?: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'GET /tasks?extensionPending=true: the requester’s display name' })
  requesterName?: string | null;
  @ApiProperty() requestedAt: string;
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional({ type: DurationDto, description: 'The time asked for' }) additional?: DurationDto;
  @ApiProperty() previousDueAt: string;
  @ApiProperty() requestedDueAt: string;
  @ApiPropertyOptional({ type: String }) approverAgencyCode?: string;
  @ApiPropertyOptional({ type: [String] }) approverRoles?: string[];
  @ApiPropertyOptional({ type: String }) decidedBy?: string;
  @ApiPropertyOptional({ nullable: true, type: String }) decidedAt?: string | null;
  @ApiPropertyOptional() decisionNote?: string;
  @ApiProperty({ type: ExtensionDeciderDto, description: 'Who must decide it, by the rule its decision is checked with' })
  decider: ExtensionDeciderDto;
  @ApiProperty({
    enum: ExtensionAction,
    enumName: 'ExtensionAction',
    isArray: true,
    description: 'What the caller may do on this request now (DECIDE: approve or refuse it), by the rule its decision is checked with',
  })
  allowedActions: ExtensionAction[];
}
