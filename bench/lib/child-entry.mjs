// The child side of child.mjs: receives { moduleUrl, options }, runs the module, sends the result.
process.once("message", async ({ moduleUrl, options }) => {
  const { run } = await import(moduleUrl);
  const result = await run(options);
  process.send(result, () => process.exit(0));
});
