import ipaddr from 'ipaddr.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateEnvironment } from '../src/config/environment';

/**
 * Docker does not run on these machines, so the files are checked for what can go wrong without it:
 * the compose file parses and has the fleet of API.md §12 (MySQL 8, Redis, a one-shot migration,
 * two replicas that share limits through Redis and never migrate, nginx in front as the only
 * trusted proxy), every variable it requires is in .env.example, every replica variable passes
 * Tessera's own validation, and the image is a supported Node with production dependencies only.
 */
const docker = (file: string) => readFileSync(join(__dirname, '..', 'docker', file), 'utf8');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  environment?: Record<string, string>;
  profiles?: string[];
  ports?: string[];
  expose?: string[];
  volumes?: string[];
  deploy?: { replicas?: number };
  depends_on?: Record<string, { condition: string }>;
  networks?: string[] | Record<string, { ipv4_address?: string } | null>;
  restart?: string;
}

describe('docker/ (README, "Operating Tessera")', () => {
  const compose = parse(docker('compose.yaml'), { merge: true }) as {
    services: Record<string, Service>;
    networks: Record<string, { ipam?: { config: { subnet: string }[] } } | null>;
  };
  const s = compose.services;

  it('defines MySQL 8, Redis, a one-shot migrate, the replicas, the proxy and a one-shot bootstrap', () => {
    expect(Object.keys(s).sort()).toEqual(['bootstrap', 'migrate', 'mysql', 'proxy', 'redis', 'tessera']);
    expect(s.mysql.image).toMatch(/^mysql:8(\.\d+)?$/);
    expect(s.redis.image).toMatch(/^redis:7/);
    expect(s.proxy.image).toMatch(/^nginx:/);
    expect(s.bootstrap.profiles).toEqual(['bootstrap']);
    expect(s.bootstrap.command?.slice(0, 3)).toEqual(['node', 'dist/src/cli.js', 'bootstrap']);
  });

  it('migrates once, before the replicas, which never run migrations themselves', () => {
    expect(s.migrate.command).toEqual(['node', 'dist/src/cli.js', 'migrate']);
    expect(s.migrate.restart).toBe('no');
    expect(s.migrate.build).toEqual({ context: '..', dockerfile: 'docker/Dockerfile' });
    expect(s.migrate.depends_on).toEqual({ mysql: { condition: 'service_healthy' } });
    for (const name of ['tessera', 'bootstrap']) {
      expect(s[name].image).toBe(s.migrate.image);
      expect(s[name].environment?.DB_MIGRATIONS_RUN).toBe('false');
      expect(s[name].depends_on?.migrate).toEqual({ condition: 'service_completed_successfully' });
    }
  });

  it('runs two replicas sharing limits through Redis, reachable only through the proxy', () => {
    const tessera = s.tessera;
    expect(tessera.deploy?.replicas).toBe(2);
    expect(tessera.ports).toBeUndefined();
    expect(tessera.expose).toEqual(['3000']);
    expect(tessera.environment?.REDIS_URL).toBe('redis://redis:6379/0');
    expect(tessera.environment?.DATABASE_URL).toMatch(/^mysql:\/\/.*@mysql:3306\/tessera$/);
    expect(tessera.depends_on?.redis).toEqual({ condition: 'service_healthy' });
    expect(s.proxy.ports).toEqual(['3000:80']);
    expect(s.proxy.depends_on).toEqual({ tessera: { condition: 'service_healthy' } });
    expect(s.proxy.volumes).toEqual(['./nginx.conf:/etc/nginx/conf.d/default.conf:ro']);
    for (const name of ['mysql', 'redis', 'migrate']) expect(s[name].ports).toBeUndefined();
  });

  it('trusts exactly the proxy: TRUST_PROXY is its fixed address on the replicas’ front network', () => {
    const trusted = s.tessera.environment?.TRUST_PROXY ?? '';
    const proxyNetworks = s.proxy.networks as Record<string, { ipv4_address?: string }>;
    expect(Object.keys(proxyNetworks)).toEqual(['frontend']);
    expect(trusted).toBe(proxyNetworks.frontend.ipv4_address);
    const subnet = compose.networks.frontend?.ipam?.config[0].subnet ?? '';
    expect(ipaddr.parse(trusted).match(ipaddr.parseCIDR(subnet))).toBe(true);
    expect(s.tessera.networks).toEqual(['frontend', 'backend']);
    expect(s.mysql.networks).toEqual(['backend']);
    expect(s.redis.networks).toEqual(['backend']);
  });

  it('every replica variable is one Tessera accepts (with the secrets filled in)', () => {
    const filled = Object.fromEntries(
      Object.entries(s.tessera.environment ?? {}).map(([name, value]) => [
        name,
        String(value)
          .replace(/\$\{MYSQL_USER:-(\w+)\}/g, '$1')
          .replace(/\$\{MYSQL_PASSWORD:\?[^}]*\}/g, 'hexpassword')
          .replace(/\$\{TESSERA_KEY_PEPPER:\?[^}]*\}/g, 'x'.repeat(48))
          .replace(/\$\{\w+:-\}/g, ''),
      ]),
    );
    const env = validateEnvironment({ NODE_ENV: 'production', ...filled });
    expect(env).toMatchObject({ DB_MIGRATIONS_RUN: false, LOG_FORMAT: 'json', PORT: 3000, TRUST_PROXY: '172.28.0.10' });
  });

  it('nginx forwards the client address and request id, retries a stopping replica, hides /metrics', () => {
    const nginx = docker('nginx.conf');
    expect(nginx).toMatch(/server tessera:3000/);
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/);
    expect(nginx).toMatch(/proxy_set_header X-Request-Id \$http_x_request_id;/);
    expect(nginx).toMatch(/proxy_next_upstream error timeout http_502 http_503;/);
    expect(nginx).toMatch(/location = \/metrics \{\s*return 404;/);
  });

  it('every variable compose requires is documented in .env.example', () => {
    const required = [...docker('compose.yaml').matchAll(/\$\{(\w+):\?/g)].map((m) => m[1]);
    const optional = [...docker('compose.yaml').matchAll(/\$\{(\w+):-\}/g)].map((m) => m[1]);
    const example = docker('.env.example');
    for (const name of new Set([...required, ...optional])) {
      if (['ADMIN_EMAIL'].includes(name)) continue; // per bootstrap run, on the command line (README)
      expect({ name, documented: new RegExp(`^${name}=`, 'm').test(example) }).toEqual({ name, documented: true });
    }
  });

  it('the image runs a supported Node LTS, listens on all interfaces, ships no dev dependencies', () => {
    const file = docker('Dockerfile');
    expect(file).toMatch(/^ARG NODE_IMAGE=node:22-/m);
    expect(file).toMatch(/HOST=0\.0\.0\.0/);
    expect(file).toMatch(/npm ci --omit=dev --omit=peer/);
    expect(file).toMatch(/VOLUME \["\/app\/data"\]/);
  });

  it('the image serves the console: it is built into dist/, which the runtime stage copies', () => {
    const file = docker('Dockerfile');
    expect(file).toMatch(/test -f dist\/console\/main\.js/);
    expect(file).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    const ignored = readFileSync(join(__dirname, '..', '.dockerignore'), 'utf8').split('\n');
    expect(ignored.filter((line) => /^\/?console\b/.test(line.trim()))).toEqual([]);
  });
});
