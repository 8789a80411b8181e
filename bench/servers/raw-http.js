#!/usr/bin/env node
/* The bench's floor: a raw node:http server answering a small JSON body. PORT from the env. */
const { createServer } = require('node:http');

const body = JSON.stringify({ hello: 'world' });
createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stderr.write('listening\n'));
