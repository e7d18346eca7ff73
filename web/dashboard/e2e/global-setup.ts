import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

import { DATA, ROOT, ready } from "./system";

/** Bring the system up (scripts/up.sh --detach) unless it already answers; remember that we did. */
export default async function globalSetup(): Promise<void> {
  if (await ready()) return;
  execFileSync("bash", ["scripts/up.sh", "--detach"], { cwd: ROOT, stdio: "inherit", timeout: 600_000 });
  writeFileSync(join(DATA, "playwright-started-system"), "1");
}
