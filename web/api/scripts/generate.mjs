// Regenerates src/<service>.ts from the committed OpenAPI documents (docs/openapi/<service>.json).
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = dirname(fileURLToPath(import.meta.url));
const docs = join(here, "..", "..", "..", "docs", "openapi");
const services = ["contacts", "portal", "notifications", "importer", "billing"];

for (const service of services) {
  // defaultNonNullable off: a field with a default is optional in a request body, as the services accept it.
  const ast = await openapiTS(pathToFileURL(join(docs, `${service}.json`)), { defaultNonNullable: false });
  const banner = `// Generated from docs/openapi/${service}.json by \`npm run generate\` in web/: do not edit.\n\n`;
  writeFileSync(join(here, "..", "src", `${service}.ts`), banner + astToString(ast));
  console.log(`src/${service}.ts`);
}
