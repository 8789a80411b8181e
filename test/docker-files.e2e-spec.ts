import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Docker does not run on these machines, so the files are checked for what can go wrong without it:
 * the compose file parses, every variable it requires is in .env.example, the bootstrap service
 * runs the CLI, and the image is a supported Node with production dependencies only.
 */
const docker = (file: string) => readFileSync(join(__dirname, '..', 'docker', file), 'utf8');

describe('docker/ (README, "With Docker")', () => {
  const compose = parse(docker('compose.yaml')) as {
    services: Record<string, { command?: string[]; environment?: Record<string, string>; profiles?: string[] }>;
  };

  it('compose defines the database, the server and a one-shot bootstrap', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['bootstrap', 'mysql', 'tessera']);
    expect(compose.services.bootstrap.profiles).toEqual(['bootstrap']);
    expect(compose.services.bootstrap.command?.slice(0, 3)).toEqual(['node', 'dist/src/cli.js', 'bootstrap']);
  });

  it('every variable compose requires is documented in .env.example', () => {
    const required = [...docker('compose.yaml').matchAll(/\$\{(\w+):\?/g)].map((m) => m[1]);
    const example = docker('.env.example');
    for (const name of new Set(required)) {
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
