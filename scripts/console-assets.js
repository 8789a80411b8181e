#!/usr/bin/env node
// Part of `npm run build`: copies the console's page and stylesheet beside its compiled modules
// (tsc -p console/tsconfig.json writes dist/console/*.js), where the server serves them (/console).
const { copyFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const source = join(__dirname, '..', 'console');
const target = join(__dirname, '..', 'dist', 'console');
mkdirSync(target, { recursive: true });
for (const file of ['index.html', 'console.css', 'favicon.svg']) copyFileSync(join(source, file), join(target, file));
