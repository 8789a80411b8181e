import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsString, ValidateNested } from 'class-validator';
import { CreateApiKeyDto } from '../../api-keys/dto/create-api-key.dto';
import { IsTitle } from '../../common/validation/decorators';

export class AcceptInvitationDto {
  /** The `tsi_…` token from the invitation: the credential of this request. */
  @IsString()
  invite_token: string;

  /** The new member's name, 1–100 characters after trimming. */
  @IsTitle()
  display_name: string;

  /** Their first API key, under the usual rules (key limit; grants capped by the invited role). */
  @IsDefined()
  @IsObject() // not an array: ValidateNested would check each element instead
  @ValidateNested()
  @Type(() => CreateApiKeyDto)
  key: CreateApiKeyDto;
}
