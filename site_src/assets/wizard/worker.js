// Web Worker of the eligibility wizard: runs the Python engine in Pyodide, served by the site itself.
// It receives {rules} once, then {id, profile, picks}; it answers with the engine's JSON text. No logic here.

const pyodideURL = new URL("../pyodide/", import.meta.url).href;
const zip = fetch(new URL("wizard.zip", import.meta.url)).then((r) => {
  if (!r.ok) throw new Error(`wizard.zip: HTTP ${r.status}`);
  return r.arrayBuffer();
});
let gotRules;
const rules = new Promise((resolve) => (gotRules = resolve));

const engine = (async () => {
  const { loadPyodide } = await import(`${pyodideURL}pyodide.mjs`);
  const pyodide = await loadPyodide({ indexURL: pyodideURL, packages: [] });
  pyodide.unpackArchive(await zip, "zip", { extractDir: "/home/pyodide/wizard-app" });
  pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/wizard-app')");
  const door = pyodide.pyimport("wizard.browser");
  door.init(await rules);
  return door;
})();

engine.then(
  () => postMessage({ type: "ready" }),
  (error) => postMessage({ type: "fatal", message: String(error && error.message ? error.message : error) }),
);

self.onmessage = async (event) => {
  const message = event.data;
  if (message.type === "rules") {
    gotRules(message.text);
    return;
  }
  let door;
  try {
    door = await engine;
  } catch {
    return; // already reported as "fatal"
  }
  const started = performance.now();
  try {
    const answer = door.handle(JSON.stringify({ profile: message.profile, picks: message.picks }));
    postMessage({ type: "answer", id: message.id, answer, ms: performance.now() - started });
  } catch (error) {
    postMessage({ type: "failed", id: message.id, message: String(error && error.message ? error.message : error) });
  }
};
