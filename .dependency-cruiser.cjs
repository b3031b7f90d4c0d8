/**
 * The layering of ARCHITECTURE.md ("Code map"), checked by `npm run lint`. Type-only imports
 * count for the direction rules (a type names the layer it comes from) but not for the domain's
 * SDK rule, where what matters is what a cold start loads.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules import each other one way only.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'web-not-to-functions',
      severity: 'error',
      comment: 'The pages share schemas and texts through shared/, never server code.',
      from: { path: '^web/' },
      to: { path: '^functions/' },
    },
    {
      name: 'shared-not-to-functions',
      severity: 'error',
      comment: 'shared/ is read by the server, the pages and the tests alike.',
      from: { path: '^shared/' },
      to: { path: '^(functions|web|infra|dev|test)/' },
    },
    {
      name: 'domain-not-to-sdk',
      severity: 'error',
      comment: 'The domain takes its dependencies as arguments; it never loads the AWS SDK or its clients.',
      from: { path: '^functions/domain/' },
      to: { path: '(^node_modules/@aws-sdk/|^functions/data/clients\\.ts$)' },
    },
    {
      name: 'domain-values-only-from-sdk-free-data',
      severity: 'error',
      comment:
        'The domain may name data ports as types; the only data values it imports are the SDK-free key builders.',
      from: { path: '^functions/domain/' },
      to: {
        path: '^functions/data/',
        pathNot: '^functions/data/(object-keys|table-definition)\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'domain-not-to-api-or-events',
      severity: 'error',
      comment: 'Use cases know nothing of HTTP or of the triggers that call them.',
      from: { path: '^functions/domain/' },
      to: { path: '^functions/(api|events)/' },
    },
    {
      name: 'data-not-to-api-or-domain',
      severity: 'error',
      comment: 'The data layer is the bottom of the server: it declares the ports the domain uses.',
      from: { path: '^functions/data/' },
      to: { path: '^functions/(api|domain|events)/|^functions/wiring\\.ts$' },
    },
    {
      name: 'events-not-to-api',
      severity: 'error',
      comment: 'Event handlers share the wiring and the logger with the API, not the API itself.',
      from: { path: '^functions/events/' },
      to: { path: '^functions/api/' },
    },
    {
      name: 'functions-not-to-tooling',
      severity: 'error',
      comment: 'What is deployed never imports the stack, the local tools or the tests.',
      from: { path: '^functions/' },
      to: { path: '^(infra|dev|test|web)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(web/dist|cdk\\.out|\\.data|\\.bench)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
