// The program bench/instructions.mjs runs under valgrind: variants of section 1 against the
// benchmark server (or, for the resource pair, its in-process stand-in), each given `warmup`
// requests, then each its count of requests, one at a time and in the order given.
//   node count-child.mjs <origin> <warmup> <variant key>:<requests>[,<key>:<requests>…]
import { makeVariants } from "../overhead.mjs";
import { runLoad } from "./load.mjs";
import { makeResourceVariants } from "./resource-variants.mjs";

const [origin, warmup, mix] = process.argv.slice(2);
const variants = [...makeVariants(origin), ...makeResourceVariants()];
const runs = mix.split(",").map((part) => {
  const [key, requests] = part.split(":");
  const variant = variants.find((candidate) => candidate.key === key);
  if (!variant) throw new Error(`no variant ${key}`);
  return { send: variant.send, requests: Number(requests) };
});
for (const { send } of runs) await runLoad(send, Number(warmup), 1);
for (const { send, requests } of runs) await runLoad(send, requests, 1);
process.exit(0);
