// Runs engine test cases inside real Pyodide (npm `pyodide`) under Node, for comparison with CPython.
// Usage: node tests/wizard/pyodide_run.mjs WIZARD.zip RULES.json PROFILES.json [--full] > RESULTS.json
// Prints {python, pyodide, results}: per profile a digest of the output and its verdicts (--full: the output).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const [zipPath, rulesPath, profilesPath, mode] = process.argv.slice(2);
if (!profilesPath) {
  console.error("usage: node pyodide_run.mjs WIZARD.zip RULES.json PROFILES.json");
  process.exit(2);
}
const pyodide = await loadPyodide();
// unpackArchive rejects a Node Buffer: give it a Uint8Array.
pyodide.unpackArchive(new Uint8Array(readFileSync(zipPath)), "zip", { extractDir: "/home/pyodide/app" });
pyodide.FS.writeFile("/home/pyodide/app/wizard_batch.py",
  readFileSync(fileURLToPath(new URL("wizard_batch.py", import.meta.url)), "utf8"));
pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/app')");
const batch = pyodide.pyimport("wizard_batch");
const version = pyodide.runPython("import sys; sys.version.split()[0]");
const out = batch.run(readFileSync(profilesPath, "utf8"), readFileSync(rulesPath, "utf8"), mode !== "--full");
process.stdout.write(JSON.stringify({ python: version, pyodide: pyodide.version, results: JSON.parse(out) }));
