import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Examples import the SDK by its package name, as users do; tests run them on the source.
  resolve: {
    alias: [
      {
        find: /^ultravox-api$/,
        replacement: fileURLToPath(new URL("src/index.ts", import.meta.url)),
      },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // test/consumers/ holds projects that `npm run test:consumers` runs with their own tools.
    exclude: ["test/e2e/**", "test/consumers/**", "node_modules/**"],
  },
});
