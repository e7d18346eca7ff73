import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";

import { DATA, ROOT } from "./system";

/** Stop the services only if global-setup started them (infrastructure keeps running, like the e2e tests). */
export default async function globalTeardown(): Promise<void> {
  const marker = join(DATA, "playwright-started-system");
  if (!existsSync(marker)) return;
  rmSync(marker);
  execFileSync("bash", ["scripts/down.sh", "--services"], { cwd: ROOT, stdio: "inherit", timeout: 120_000 });
}
