// Drives a request function at a fixed concurrency.

/**
 * Calls `send` `count` times with at most `concurrency` calls in flight and resolves
 * with the elapsed milliseconds. Rejects with the first error `send` throws.
 */
export async function runLoad(send, count, concurrency) {
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started++;
      await send();
    }
  };
  const begin = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return performance.now() - begin;
}
