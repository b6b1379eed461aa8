import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

/** The "may import" column of ../shared/design/ARCHITECTURE.md, as lint errors. */
const layout = [
  { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'scope:event-store', onlyDependOnLibsWithTags: ['scope:domain'] },
  { sourceTag: 'scope:projections', onlyDependOnLibsWithTags: ['scope:domain', 'scope:event-store'] },
  { sourceTag: 'scope:client', onlyDependOnLibsWithTags: [] },
  {
    sourceTag: 'scope:api',
    onlyDependOnLibsWithTags: ['scope:domain', 'scope:event-store', 'scope:projections', 'scope:demo-data'],
  },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:client', 'scope:ui'] },
  { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['scope:client', 'scope:ui'] },
  { sourceTag: 'scope:ui', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'scope:demo-data', onlyDependOnLibsWithTags: ['scope:domain', 'scope:event-store'] },
  { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['*'] },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.nx/**', '**/test-output/**', '**/*.gen.ts', '**/graphql-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints: layout, banTransitiveDependencies: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  prettier,
);
