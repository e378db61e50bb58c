// Used by `office-addin-lint check` (npm run lint): the Office add-in rules (which bring
// typescript-eslint and prettier with office-addin-prettier-config), React, and our strictness.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const recommended = officeAddins.configs.recommended;
const tsBlock = recommended.find((c) => c.plugins && c.plugins["@typescript-eslint"]);

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "test-output/**", "coverage/**", "bin/**", "*.config.js"] },
  ...recommended,
  ...officeAddins.configs.react,
  {
    // The same plugins and parser as the recommended TypeScript block, extended to .tsx.
    files: ["**/*.tsx"],
    plugins: tsBlock.plugins,
    languageOptions: { ...tsBlock.languageOptions, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: tsBlock.rules,
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: "module" },
    settings: { react: { version: "18" } },
    rules: {
      // TypeScript checks names and props itself; the automatic JSX runtime needs no React in scope.
      "no-undef": "off",
      "no-unused-vars": "off",
      "no-redeclare": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];
