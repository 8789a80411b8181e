import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ListQueryDto } from '../common/listing/list-query.dto';
import { RequirePermissions } from '../permissions/decorators';
import { CurrentPrincipal, Principal } from '../permissions/principal';
import { auditReaderOf, AuditEventsService } from './audit-events.service';
import { ListAuditEventsResponse } from './dto/audit-event.response';

@ApiTags('Audit log')
@Controller('organizations/:organizationId/auditEvents')
export class AuditEventsController {
  constructor(private readonly events: AuditEventsService) {}

  /**
   * List audit events: admins see every event of the organization; members see the events they
   * caused and those about themselves or their own keys.
   * filter: `action = "api_key.created"`, `actor = "organizations/{o}/apiKeys/{k}"` (or a user
   * name, OPERATOR, SYSTEM), `target = "<resource name>"`, `create_time > "<RFC 3339>"` (also <,
   * <=, >=), joined with AND; order_by: `create_time` (default `create_time desc`).
   */
  @Get()
  @RequirePermissions('read:AuditEvent')
  list(@CurrentPrincipal() caller: Principal, @Query() query: ListQueryDto): Promise<ListAuditEventsResponse> {
    return this.events.list(auditReaderOf(caller), query);
  }
}
