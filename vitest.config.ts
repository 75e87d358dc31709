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
      {
        find: /^ultravox-api\/testing$/,
        replacement: fileURLToPath(new URL("src/testing/index.ts", import.meta.url)),
      },
    ],
  },
  test: {
    // The Vitest example of ultravox-api/testing runs as the user's own tests would.
    include: ["test/**/*.test.ts", "examples/testing/*.vitest.test.ts"],
    // test/consumers/ holds projects that `npm run test:consumers` runs with their own tools.
    exclude: ["test/e2e/**", "test/consumers/**", "node_modules/**"],
  },
});
