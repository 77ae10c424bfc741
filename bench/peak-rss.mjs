// Preloaded with `node --import` into a benchmarked child: Node exposes no rusage for children, so the child
// reports its own peak RSS (KiB) into the file named by HOSTGW_BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const target = process.env.HOSTGW_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
}
