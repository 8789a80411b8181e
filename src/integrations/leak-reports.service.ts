import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { createHash } from 'node:crypto';
import { ApiKeyCredentials } from '../api-keys/api-key-credentials.service';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { AuthFailureLimiter } from '../auth/auth-failure-limiter';
import { failureBucketOf } from '../auth/client-bucket';
import {
  invalidArgument,
  invalidField,
  rateLimited,
  routeNotFound,
  signatureInvalid,
} from '../common/errors/rpc.error';
import { fieldViolationsOf } from '../common/validation/validation.pipe';
import { AppConfig } from '../config/app-config';
import type { LeakReportKeys } from '../config/leak-report-keys';
import { LeakReportItemDto } from './dto/leak-report.dto';
import { LeakReportLabel } from './dto/leak-report-label.response';
import { isSignedBy } from './leak-signature';

/** Far more than a scanner batches; the body limit bounds it too. */
export const MAX_TOKENS_PER_REPORT = 1000;
/** What the `api_key.leaked` event keeps of the report's `url` and `source`. */
const MAX_URL_LENGTH = 2048;
const MAX_SOURCE_LENGTH = 100;

/** What a leak report brings: the signed bytes, the signature headers, and the parsed body. */
export interface SignedReport {
  callerIp: string;
  keyIdentifier: string | undefined;
  signature: string | undefined;
  rawBody: Buffer;
  body: unknown;
}

/**
 * Secret-scanning leak reports (API.md §11). A report is trusted only once its signature verifies
 * over the exact bytes received; then each token that is a live key of ours (it would authenticate
 * now, by its current secret or a rotated-out one in its grace period) is revoked at once, and the
 * scanner learns which tokens were ours. Badly signed reports count toward the sender's
 * failed-authentication limit, so the endpoint is no cheaper to probe than a bearer key.
 */
@Injectable()
export class LeakReports {
  private readonly publicKeys: LeakReportKeys;

  constructor(
    config: AppConfig,
    private readonly credentials: ApiKeyCredentials,
    private readonly keys: ApiKeysService,
    private readonly failures: AuthFailureLimiter,
  ) {
    this.publicKeys = config.leakReportKeys;
  }

  async receive(report: SignedReport): Promise<LeakReportLabel[]> {
    // Unconfigured, the endpoint does not exist, exactly like an unknown route.
    if (this.publicKeys.size === 0) throw routeNotFound();
    const sender = failureBucketOf(report.callerIp);
    const retryAfter = this.failures.blockedFor(sender);
    if (retryAfter > 0) throw rateLimited(retryAfter, 'Too many badly signed reports from this address.');
    if (!isSignedBy(this.publicKeys, report.keyIdentifier, report.signature, report.rawBody)) {
      await this.failures.recordFailure(sender);
      throw signatureInvalid();
    }
    const labels: LeakReportLabel[] = [];
    // One at a time, in order: a token repeated within the report is revoked once, then false_positive.
    for (const item of parseReport(report.body)) labels.push(await this.label(item));
    return labels;
  }

  private async label(item: LeakReportItemDto): Promise<LeakReportLabel> {
    const revoked = await this.revokeIfLive(item);
    return {
      token_hash: createHash('sha256').update(item.token, 'utf8').digest('hex'),
      token_type: item.type,
      label: revoked ? 'true_positive' : 'false_positive',
    };
  }

  /** False for anything that is not a live key of ours, and for one a concurrent report revoked first. */
  private async revokeIfLive(item: LeakReportItemDto): Promise<boolean> {
    const live = await this.credentials.verify(item.token);
    if (!live) return false;
    // Cut rather than refused: a long URL must not stop a signed report from revoking the key.
    return this.keys.revokeLeaked(live.key.organizationId, live.key.id, {
      url: (item.url ?? '').slice(0, MAX_URL_LENGTH),
      source: (item.source ?? '').slice(0, MAX_SOURCE_LENGTH),
    });
  }
}

/** The report body with the rules of every other body, field paths indexed (`[1].token`). */
function parseReport(body: unknown): LeakReportItemDto[] {
  if (!Array.isArray(body)) throw invalidField('body', 'must be a JSON array of {token, type, url, source}.');
  if (body.length > MAX_TOKENS_PER_REPORT) {
    throw invalidField('body', `a report holds at most ${MAX_TOKENS_PER_REPORT} tokens.`);
  }
  const items = body.map((item: unknown) => plainToInstance(LeakReportItemDto, item));
  const violations = body.flatMap((item: unknown, i) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? fieldViolationsOf(validateSync(items[i], { whitelist: true }), `[${i}]`)
      : [{ field: `[${i}]`, description: 'must be an object {token, type, url, source}.' }],
  );
  if (violations.length > 0)
    throw invalidArgument(violations.map((v) => `${v.field}: ${v.description}`).join(' '), violations);
  return items;
}
