// Builds the analyst UI into static/dist: one bundled script, the stylesheet and the page.
// Everything comes from node_modules (npm registry); nothing is fetched at run time.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";

const out = "static/dist";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ["src/main.js"],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  outfile: `${out}/app.js`,
  loader: { ".json": "json" },
  legalComments: "linked",
  logLevel: "info",
});
for (const file of ["index.html", "style.css"]) copyFileSync(`src/${file}`, `${out}/${file}`);
