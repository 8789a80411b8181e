import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBody,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CUSTOM_METHOD_ROUTE } from '../common/custom-method';
import { RpcStatusResponse } from '../common/errors/rpc-status.response';
import { KeepRawBody, rawBodyOf } from '../common/raw-body';
import { Public } from '../permissions/decorators';
import { LeakReportItemDto } from './dto/leak-report.dto';
import { LeakReportLabel } from './dto/leak-report-label.response';
import { LeakReports } from './leak-reports.service';

@ApiTags('Integrations')
@Controller()
export class LeakReportController {
  constructor(private readonly reports: LeakReports) {}

  /**
   * `POST /api/v1/apiKeys:reportLeak` — a secret scanner (GitHub's partner program) reports tokens
   * it found in public. Signed, not authenticated by a key: the signature is checked over the raw
   * body against LEAK_REPORT_PUBLIC_KEYS. Each live key reported is revoked at once; the answer
   * labels every token, in order. Reporting a token again is `false_positive`, with no second event.
   */
  @Public()
  @Post(CUSTOM_METHOD_ROUTE('apiKeys', 'reportLeak'))
  @HttpCode(200)
  @KeepRawBody()
  @ApiHeader({
    name: 'Github-Public-Key-Identifier',
    required: true,
    description: 'Which key of LEAK_REPORT_PUBLIC_KEYS signed the body.',
  })
  @ApiHeader({
    name: 'Github-Public-Key-Signature',
    required: true,
    description: 'Base64 DER ECDSA P-256 signature (SHA-256) of the exact request body.',
  })
  @ApiBody({
    type: LeakReportItemDto,
    isArray: true,
    examples: {
      report: {
        summary: 'GitHub partner format (must be signed)',
        value: [
          { token: 'tsr_…', type: 'tessera_api_key', url: 'https://github.com/o/r/blob/abc/.env', source: 'content' },
        ],
      },
    },
  })
  @ApiOkResponse({ type: LeakReportLabel, isArray: true, description: 'One label per reported token, in order.' })
  @ApiUnauthorizedResponse({
    type: RpcStatusResponse,
    description: 'SIGNATURE_INVALID: missing, unknown or wrong signature.',
  })
  @ApiNotFoundResponse({ type: RpcStatusResponse, description: 'LEAK_REPORT_PUBLIC_KEYS is not set on this server.' })
  @ApiTooManyRequestsResponse({
    type: RpcStatusResponse,
    description: 'RATE_LIMITED: too many badly signed reports from this address.',
  })
  report(
    @Headers('github-public-key-identifier') keyIdentifier: string | undefined,
    @Headers('github-public-key-signature') signature: string | undefined,
    @Req() request: FastifyRequest,
  ): Promise<LeakReportLabel[]> {
    // The body is read from the request, not through the validation pipe: nothing about it is looked
    // at before the endpoint is known to be configured and the signature verifies.
    return this.reports.receive({
      callerIp: request.ip,
      keyIdentifier,
      signature,
      rawBody: rawBodyOf(request),
      body: request.body,
    });
  }
}
