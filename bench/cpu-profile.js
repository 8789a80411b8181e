/*
 * `npm run bench -- --profile`: where each route's CPU goes, by layer (README, "Performance").
 *
 * Linux `perf` samples the server's CPU (every thread, kernel included) while a route is measured;
 * node runs with --perf-basic-prof so JIT-compiled JavaScript has names. Each sample is charged to a
 * layer: the kernel when it was in the kernel (system calls, loopback TCP), GC when V8 was
 * collecting, and otherwise the nearest JavaScript frame's file: Node's http and streams, Fastify,
 * Nest, passport, TypeORM, … or Tessera's own code by part. Native work a JavaScript function asked
 * for (a builtin, crypto, SQLite) is charged to that function's layer. The shares are then turned
 * into µs with the CPU per request the bench measured for the same route.
 */
const { spawn, execFileSync } = require('node:child_process');
const { join } = require('node:path');

/** Throws a clear message when perf cannot sample this machine. */
function checkPerf() {
  try {
    execFileSync('perf', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('--profile needs Linux perf (Debian: apt-get install linux-perf)');
  }
}

/** Starts sampling `pid` for `seconds`; resolves to the perf data file once perf has stopped. */
function record(pid, seconds, dir, name) {
  const file = join(dir, `${name}.perf.data`);
  const perf = spawn(
    'perf',
    ['record', '-g', '-F', '999', '-p', String(pid), '-o', file, '--', 'sleep', String(seconds)],
    {
      stdio: 'ignore',
    },
  );
  return new Promise((resolve, reject) => {
    perf.on('error', reject);
    perf.on('exit', (code) => (code === 0 ? resolve(file) : reject(new Error(`perf record exited with ${code}`))));
  });
}

/** The JavaScript file (or Node internal module) of a perf frame, if it is a JavaScript frame. */
function jsFileOf(frame) {
  if (!frame.includes(' JS:')) return null;
  const m = /(?:node_modules\/(?:@[^/]+\/)?[^/]+\/[^:\s]*|dist\/src\/[^:\s]*|node:[\w/_]+)/.exec(frame);
  return m ? m[0] : 'JS';
}

const LAYERS = [
  [/^node_modules\/(fastify|find-my-way|@fastify|avvio|fast-json-stringify|toad-cache)\//, 'Fastify'],
  [/^node_modules\/@nestjs\//, 'Nest'],
  [/^node_modules\/(passport|passport-http-bearer|passport-strategy)\//, 'passport'],
  [/^node_modules\/(typeorm)\//, 'TypeORM'],
  [/^node_modules\/(class-validator|class-transformer)\//, 'class-validator (request DTOs)'],
  [/^node_modules\/(sonic-boom|pino|prom-client)\//, 'pino + prom-client'],
  [/^node_modules\/mysql2\//, 'mysql2'],
  [/^node:internal\/crypto/, 'Tessera: authentication'],
  // Running queued promise reactions and nextTick callbacks: the cost of every await on the path.
  [/^node:internal\/process\/(task_queues|promises)/, 'promise and nextTick queues (every await)'],
  [/^node:/, 'Node http, streams, timers'],
  [
    /^dist\/src\/(common\/(security-headers|request-id|request-deadline|custom-method)|app\.factory)/,
    'Tessera: global hooks',
  ],
  [/^dist\/src\/(observability|api-keys\/usage\/usage-hook)/, 'Tessera: telemetry + usage hooks'],
  [/^dist\/src\/(database|api-keys\/credential-lookup)/, 'Tessera: database reads'],
  [/^dist\/src\/(auth|permissions|api-keys\/(api-key-credentials|key-format|key-hasher))/, 'Tessera: authentication'],
  [/^dist\/src\/common\/errors/, 'Tessera: error answers'],
  [/^dist\/src\//, 'Tessera: route handlers'],
  [/^node_modules\//, 'other libraries'],
];

/** The layer one sample of `perf script` output is charged to. */
function layerOf(frames) {
  const leaf = frames[0];
  if (leaf.includes('[kernel.kallsyms]')) return 'kernel (system calls, loopback TCP)';
  if (/Scaveng|MarkCompact|ConcurrentMark|Sweeper|MinorMark|Heap::|GCTracer/.test(leaf)) return 'GC';
  if (leaf.includes('better_sqlite3.node')) return 'Tessera: database reads';
  for (const frame of frames) {
    const file = jsFileOf(frame);
    if (!file) continue;
    const layer = LAYERS.find(([pattern]) => pattern.test(file));
    return layer ? layer[1] : 'other JavaScript';
  }
  // No JavaScript on the stack: Node's C++ side (the HTTP parser, libuv) or V8 itself.
  if (/node::|uv_|libuv|llhttp/.test(frames.join(' '))) return 'Node http, streams, timers';
  return 'V8 and libc, no JavaScript frame';
}

/** Each layer's share of the samples in a perf data file, largest first. */
function layersOf(file) {
  const script = execFileSync('perf', ['script', '-i', file], {
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const counts = new Map();
  let total = 0;
  for (const sample of script.toString().split('\n\n')) {
    const frames = sample
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.trim());
    if (frames.length === 0) continue;
    const layer = layerOf(frames);
    counts.set(layer, (counts.get(layer) || 0) + 1);
    total++;
  }
  return [...counts].map(([layer, n]) => ({ layer, share: n / Math.max(1, total) })).sort((a, b) => b.share - a.share);
}

/** Prints a route's layers in µs per request (from the bench's CPU per request). */
function printLayers(file, cpuUs) {
  for (const { layer, share } of layersOf(file)) {
    if (share < 0.005) continue;
    console.log(
      `      ${(cpuUs * share).toFixed(1).padStart(6)} µs  ${(share * 100).toFixed(0).padStart(3)} %  ${layer}`,
    );
  }
}

module.exports = { checkPerf, record, printLayers, layerOf };
