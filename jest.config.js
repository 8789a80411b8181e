// Two projects: fast unit specs next to the code, and end-to-end specs that boot the whole app.
// The e2e transform runs the @nestjs/swagger plugin exactly as `nest build` does (see nest-cli.json),
// so the OpenAPI document under test is the one production serves.
const swaggerPlugin = {
  path: '<rootDir>/test/support/swagger-plugin-transformer.js',
  options: {
    classValidatorShim: true,
    introspectComments: true,
    dtoFileNameSuffix: ['.dto.ts', '.response.ts'],
  },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src'],
      testRegex: '\\.spec\\.ts$',
      transform: {
        '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true }, diagnostics: false }],
      },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testRegex: '\\.e2e-spec\\.ts$',
      transform: {
        '^.+\\.ts$': ['ts-jest', { diagnostics: false, astTransformers: { before: [swaggerPlugin] } }],
      },
    },
  ],
};
