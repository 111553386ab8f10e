// ESLint flat config. The structure rules follow bulletproof-react (apps/react-vite/.eslintrc.cjs,
// docs/project-structure.md): code flows one way, shared → features → app, and a feature never imports another.
// `npm run lint` runs it with --max-warnings=0, and Maven runs that before the build, so a violation fails the build.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const here = import.meta.dirname;

// every folder under src/features is a feature: a new one is fenced in without touching this file
const features = readdirSync(`${here}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// shared code: any feature and the app may use it, it uses neither
const shared = ['./src/api', './src/components', './src/hooks', './src/lib', './src/types', './src/utils'];

const zones = [
  // a feature may not import another feature (features meet only in src/app)
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature may not import another feature: move the shared piece to src/components or src/lib, or compose the two in src/app.',
  })),
  // features may not import the app
  {
    target: './src/features',
    from: './src/app',
    message: 'A feature may not import src/app: the app composes features, not the other way around.',
  },
  // shared code may not import features or the app
  {
    target: shared,
    from: ['./src/features', './src/app'],
    message: 'Shared code (api, components, hooks, lib, types, utils) may not import a feature or src/app.',
  },
];

export default defineConfig(
  // src/api/schema.d.ts is generated from the OpenAPI document (npm run api:types)
  { ignores: ['dist/', 'node_modules/', 'node/', 'target/', 'test-results/', 'playwright-report/', 'src/api/schema.d.ts'] },
  js.configs.recommended,
  {
    files: ['*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.recommended,
    ],
    plugins: { import: importPlugin },
    languageOptions: {
      globals: { ...globals.browser },
    },
    settings: {
      // resolves the '@/…' alias from tsconfig.json, so the zones see where an import really points
      'import/resolver': { typescript: { project: `${here}/tsconfig.json` } },
    },
    rules: {
      'import/no-restricted-paths': ['error', { basePath: here, zones }],
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
