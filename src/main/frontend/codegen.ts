import type { CodegenConfig } from '@graphql-codegen/cli';

// Operation types are generated from the server's own schema files, never written by hand.
const config: CodegenConfig = {
  schema: '../../../graphql/*.graphqls',
  documents: ['src/**/*.ts', 'src/**/*.tsx', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { ID: 'string', Date: 'string', PartialDate: 'string', DateTime: 'string', Time: 'string', Money: 'string', Decimal: 'string', Long: 'number', Upload: 'File', JSON: 'unknown' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
