import js from "@eslint/js"
import prettier from "eslint-config-prettier"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.medusa/**",
      "**/dist/**",
      "storefront/build/**",
      "**/.react-router/**",
      ".data/**",
      "coverage/**",
      "bench/results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    ignores: ["**/*.mjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["backend/src/**/*.ts", "seed/**/*.ts"],
    rules: { "no-console": "error" },
  },
  {
    files: ["storefront/src/**/*.{ts,tsx}", "admin/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Boundaries (docs/architecture.md): modules are leaves, lib/ is pure,
  // and the front ends build on the HTTP API, never on backend source.
  {
    files: ["backend/src/modules/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/lib",
                "**/lib/**",
                "**/workflows",
                "**/workflows/**",
                "**/api",
                "**/api/**",
                "**/subscribers/**",
                "**/jobs/**",
              ],
              message:
                "A module is a leaf: it imports nothing from lib/, workflows/, api/, subscribers/ or jobs/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["backend/src/lib/**/*.ts"],
    ignores: ["backend/src/lib/**/__tests__/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/workflows",
                "**/workflows/**",
                "**/api",
                "**/api/**",
                "**/subscribers/**",
                "**/jobs/**",
                "**/links/**",
              ],
              message:
                "lib/ is pure functions: what reads the container or runs workflows lives under workflows/<domain>/ (steps or utils).",
            },
            {
              group: ["**/modules/**"],
              allowTypeImports: true,
              message: "lib/ may use a module's types, never its code.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/domain/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/backend/**",
                "**/admin/**",
                "**/storefront/**",
                "@medusajs/*",
                "node:*",
              ],
              message:
                "packages/domain is pure and shared by all three apps: it imports nothing from them, from Medusa or from Node.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["storefront/src/**/*.{ts,tsx}", "admin/src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/backend", "**/backend/**"],
              message:
                "The storefront and console talk to the backend over HTTP; they import nothing from backend/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/__tests__/**", "tests/**"],
    languageOptions: { globals: { ...globals.jest } },
  },
  prettier
)
