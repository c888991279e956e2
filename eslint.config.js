import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'output/**', 'node_modules/**', 'notebooks/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  // The HTML renderer marks bold runs with control characters before folding whitespace.
  { files: ['src/ingest/htmlRender.ts'], rules: { 'no-control-regex': 'off' } },
  { files: ['src/cli/**', 'test/**', 'bench/**', 'scripts/**', 'examples/**'], rules: { 'no-console': 'off' } },
);
