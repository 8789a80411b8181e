import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiExampleBody } from '../common/api-example';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '../permissions/decorators';
import { OrganizationResponse } from './dto/organization.response';
import { UpdateOrganizationDto } from './dto/update-organization.dto';
import { OrganizationsService } from './organizations.service';
import { CallerOrganization } from '../permissions/principal';
import { Actor, CurrentActor } from '../audit/actor';

@ApiTags('Organizations')
@Controller('organizations/:organizationId')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  /** Get the organization. */
  @Get()
  @RequirePermissions('read:Organization')
  get(@CallerOrganization() organizationId: string): Promise<OrganizationResponse> {
    return this.organizations.get(organizationId);
  }

  /** Rename the organization. */
  @ApiExampleBody(UpdateOrganizationDto, { title: 'Acme Inc.' })
  @Patch()
  @RequirePermissions('update:Organization')
  update(
    @CallerOrganization() organizationId: string,
    @CurrentActor() actor: Actor,
    @Body() body: UpdateOrganizationDto,
  ): Promise<OrganizationResponse> {
    return this.organizations.update(organizationId, actor, body);
  }
}
