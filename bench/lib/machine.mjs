// What the figures were measured on.
import { cpus, loadavg, totalmem, platform, arch, release } from "node:os";

/** CPU model and cores, RAM, OS, Node and bundled undici versions, load average now. */
export function describeMachine() {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? "unknown",
    cores: processors.length,
    ramGiB: totalmem() / 1024 ** 3,
    os: `${platform()} ${release()} (${arch()})`,
    node: process.version,
    undici: process.versions.undici ?? "unknown",
    loadAverage: loadavg(),
  };
}
