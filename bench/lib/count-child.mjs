// The program bench/instructions.mjs runs under valgrind: one variant of section 1 against
// the benchmark server, `warmup` requests and then `requests` more, one at a time.
//   node count-child.mjs <origin> <variant key> <warmup> <requests>
import { makeVariants } from "../overhead.mjs";
import { runLoad } from "./load.mjs";

const [origin, key, warmup, requests] = process.argv.slice(2);
const variant = makeVariants(origin).find((candidate) => candidate.key === key);
if (!variant) throw new Error(`no variant ${key}`);
await runLoad(variant.send, Number(warmup), 1);
await runLoad(variant.send, Number(requests), 1);
process.exit(0);
