// `npm run generate:client`: regenerates clients/typescript/schema.ts (the typed client's types)
// from the OpenAPI document the built app serves, with openapi-typescript, formatted by prettier so
// the output is the same on every machine. `--check` regenerates in memory and fails when the
// committed file differs (test/typed-client.e2e-spec.ts runs it in `npm test`). Needs `npm run build`
// first (generate:client runs it); `--document <file>` takes a saved document instead.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const { default: openapiTS, astToString } = require('openapi-typescript');
const prettier = require('prettier');
const { openApiDocument } = require('./openapi-document');

const ROOT = join(__dirname, '..');
const TARGET = join(ROOT, 'clients', 'typescript', 'schema.ts');

const OPTIONS = {
  // Keys in alphabetical order: a route or field added on another branch lands in one place.
  alphabetize: true,
  // A default (grace_period_seconds: 0) does not make a request field required.
  defaultNonNullable: false,
  // `export type ApiKeyResponse = components['schemas']['ApiKeyResponse']`, and so on.
  rootTypes: true,
  rootTypesNoSchemaPrefix: true,
  silent: true,
};

async function generate(document) {
  const ast = await openapiTS(document, OPTIONS);
  const source =
    '/**\n' +
    ` * Types of the Tessera API ${document.info.version}, generated from its OpenAPI document by\n` +
    ' * openapi-typescript. Do not edit: run `npm run generate:client` at the repository root.\n' +
    ' */\n\n' +
    astToString(ast);
  const config = (await prettier.resolveConfig(TARGET)) ?? {};
  return prettier.format(source, { ...config, filepath: TARGET });
}

async function main(argv) {
  const check = argv.includes('--check');
  const at = argv.indexOf('--document');
  const document = at >= 0 ? JSON.parse(readFileSync(argv[at + 1], 'utf8')) : await openApiDocument();
  const generated = await generate(document);
  const target = relative(process.cwd(), TARGET);
  if (!check) {
    writeFileSync(TARGET, generated);
    process.stdout.write(`Wrote ${target} (${generated.length} characters).\n`);
    return 0;
  }
  let committed = '';
  try {
    committed = readFileSync(TARGET, 'utf8');
  } catch {
    // missing: reported below like any difference
  }
  if (committed === generated) return 0;
  const a = committed.split('\n');
  const b = generated.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  process.stderr.write(
    `${target} is out of date with the OpenAPI document: run \`npm run generate:client\` and commit the result.\n` +
      `First difference at line ${line + 1}:\n  committed: ${a[line] ?? '(end of file)'}\n  generated: ${b[line] ?? '(end of file)'}\n`,
  );
  return 1;
}

module.exports = { generate };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`${error.stack ?? error}\n`);
      process.exit(1);
    },
  );
}
