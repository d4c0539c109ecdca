// Starts the wizard's Web Worker from <head>, before the page is parsed, and fetches the rules once.
// wizard.js (run once the page is parsed) takes the worker over with listen(); nothing is lost meanwhile.

const engine = document.querySelector('meta[name="imt-wizard-engine"]')?.content;
const workerURL = new URL("worker.js", import.meta.url);
// The engine version (Pyodide + engine zip) keys the worker's warm-start snapshot.
if (engine) workerURL.searchParams.set("v", engine);

export const worker = new Worker(workerURL, { type: "module" });

export const rulesText = fetch(new URL("rules.json", import.meta.url)).then((r) => {
  if (!r.ok) throw new Error(`rules.json: HTTP ${r.status}`);
  return r.text();
});
rulesText.then((text) => worker.postMessage({ type: "rules", text }), () => {});

const inbox = [];
worker.onmessage = (event) => inbox.push(event.data);
worker.onerror = (event) => inbox.push({ type: "fatal", message: event.message || "worker error" });

/** Deliver the messages received so far, then every next one, to `handler`. */
export function listen(handler) {
  worker.onmessage = (event) => handler(event.data);
  worker.onerror = (event) => handler({ type: "fatal", message: event.message || "worker error" });
  for (const message of inbox.splice(0)) handler(message);
}
