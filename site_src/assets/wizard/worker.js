// Web Worker of the eligibility wizard: runs the Python engine in Pyodide, served by the site itself.
// It receives {rules} once, then {id, profile, picks}; it answers with the engine's JSON text. No logic here.
//
// Warm visits: after a plain start, the worker keeps a memory snapshot of Pyodide with the engine imported
// (taken before any profile is seen) in Cache Storage, keyed by the engine version (Pyodide version + a
// hash of wizard.zip, from the worker URL's ?v=). Restoring it skips the interpreter's start-up.

const pyodideURL = new URL("../pyodide/", import.meta.url).href;
const version = new URL(import.meta.url).searchParams.get("v");
const CACHE = "imt-wizard-snapshots";
const snapshotKey = new URL(`snapshot-${version}.bin`, import.meta.url).href;
const canSnapshot = Boolean(version && self.caches);

const zip = fetch(new URL("wizard.zip", import.meta.url)).then((r) => {
  if (!r.ok) throw new Error(`wizard.zip: HTTP ${r.status}`);
  return r.arrayBuffer();
});
let gotRules;
const rules = new Promise((resolve) => (gotRules = resolve));
let firstAnswer;
const answered = new Promise((resolve) => (firstAnswer = resolve));

async function cachedSnapshot() {
  if (!canSnapshot) return null;
  try {
    const hit = await (await caches.open(CACHE)).match(snapshotKey);
    return hit ? new Uint8Array(await hit.arrayBuffer()) : null;
  } catch {
    return null; // storage refused (private mode, quota): start the plain way
  }
}

async function storeSnapshot(snapshot) {
  try {
    const cache = await caches.open(CACHE);
    for (const old of await cache.keys()) if (old.url !== snapshotKey) await cache.delete(old);
    await cache.put(snapshotKey, new Response(snapshot, { headers: { "Content-Type": "application/octet-stream" } }));
    postMessage({ type: "warm", state: "stored" });
  } catch {
    // A visit without a snapshot is only slower.
  }
}

async function start() {
  const [{ loadPyodide }, snapshot] = await Promise.all([import(`${pyodideURL}pyodide.mjs`), cachedSnapshot()]);
  if (snapshot) {
    try {
      const pyodide = await loadPyodide({ indexURL: pyodideURL, packages: [], _loadSnapshot: snapshot });
      postMessage({ type: "warm", state: "restored" });
      return pyodide.pyimport("wizard.browser");
    } catch {
      await caches.open(CACHE).then((c) => c.delete(snapshotKey)).catch(() => {});
    }
  }
  const pyodide = await loadPyodide({ indexURL: pyodideURL, packages: [], _makeSnapshot: canSnapshot });
  pyodide.unpackArchive(await zip, "zip", { extractDir: "/home/pyodide/wizard-app" });
  pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/wizard-app'); import wizard.browser");
  if (canSnapshot) {
    const memory = pyodide.makeMemorySnapshot();
    answered.then(() => storeSnapshot(memory)); // after the first verdict, off its critical path
  }
  return pyodide.pyimport("wizard.browser");
}

const engine = start().then(async (door) => {
  door.init(await rules);
  return door;
});

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
    const answer = door.handle(JSON.stringify({ profile: message.profile, picks: message.picks, now: message.now }));
    postMessage({ type: "answer", id: message.id, answer, ms: performance.now() - started });
  } catch (error) {
    postMessage({ type: "failed", id: message.id, message: String(error && error.message ? error.message : error) });
  }
  firstAnswer();
};
