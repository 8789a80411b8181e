import { createRootLogger } from './logging';
import { RequestLine, requestLogWriter } from './request-telemetry';

function capture(level: 'log' | 'warn' = 'log') {
  const lines: Record<string, unknown>[] = [];
  const logger = createRootLogger(
    { LOG_LEVEL: level, LOG_FORMAT: 'json' },
    {
      write: (line: string) => {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
  );
  return { logger, lines };
}

const AUTHENTICATED: RequestLine = {
  request_id: 'trace "quoted" \\ id',
  method: 'GET',
  route: '/api/v1/organizations/:organizationId',
  status: 200,
  latency_ms: 1.25,
  organization_id: 'org1',
  api_key_id: 'key1',
  key_prefix: 'tsr_abcdefgh',
};

describe(requestLogWriter.name, () => {
  it('writes exactly the line pino would write for the same fields (JSON logs)', () => {
    const { logger, lines } = capture();
    requestLogWriter(logger)(false, AUTHENTICATED);
    logger.info({ ...AUTHENTICATED }, 'request');
    const [built, byPino] = lines;
    expect({ ...built, time: 'T' }).toEqual({ ...byPino, time: 'T' });
    expect(built.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('leaves out the caller fields of an unauthenticated request, and logs 5xx at error', () => {
    const { logger, lines } = capture();
    const { organization_id: _o, api_key_id: _k, key_prefix: _p, ...anonymous } = AUTHENTICATED;
    requestLogWriter(logger)(true, { ...anonymous, status: 500 });
    expect(lines).toEqual([
      {
        level: 'error',
        time: expect.any(String),
        service: 'tessera',
        ...anonymous,
        status: 500,
        msg: 'request failed',
      },
    ]);
  });

  it('follows LOG_LEVEL: warn drops request lines but keeps failed ones', () => {
    const { logger, lines } = capture('warn');
    const write = requestLogWriter(logger);
    write(false, AUTHENTICATED);
    write(true, { ...AUTHENTICATED, status: 503 });
    expect(lines.map((l) => l.status)).toEqual([503]);
  });
});
