#!/usr/bin/env node
/*
 * The framework's own cost: a Nest 11 app on the Fastify adapter with one GET route returning a
 * small JSON body, built from the same packages Tessera runs on. PORT from the env.
 */
require('reflect-metadata');
const { Controller, Get, Module } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { FastifyAdapter } = require('@nestjs/platform-fastify');

class HelloController {
  hello() {
    return { hello: 'world' };
  }
}
Controller()(HelloController);
const descriptor = Object.getOwnPropertyDescriptor(HelloController.prototype, 'hello');
Get()(HelloController.prototype, 'hello', descriptor);

class HelloModule {}
Module({ controllers: [HelloController] })(HelloModule);

(async () => {
  const app = await NestFactory.create(HelloModule, new FastifyAdapter(), { logger: false });
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  process.stderr.write('listening\n');
})();
