// ts-jest wrapper around the @nestjs/swagger compiler plugin (the same plugin `nest build` runs, see
// nest-cli.json), so the OpenAPI document under test is the one production serves.
const plugin = require('@nestjs/swagger/plugin');

module.exports.name = 'nestjs-swagger-transformer';
module.exports.version = 1;
module.exports.factory = (compiler, options) => plugin.before(options, compiler.program);
