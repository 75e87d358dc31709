type ProcessLike = { env?: Record<string, string | undefined> };

/**
 * The environment variable `name` where `process.env` exists (Node, Bun, Deno with
 * `--allow-env`), else undefined: browsers and workers have no environment. An empty
 * value reads as undefined. Never throws.
 */
export function readEnv(name: string): string | undefined {
  try {
    return (globalThis as { process?: ProcessLike }).process?.env?.[name] || undefined;
  } catch {
    return undefined; // Deno without --allow-env
  }
}
