/**
 * Test helper: an IndexedDB stand-in for Node (src/platform/store.ts is tested on it; the real one runs in the e2e
 * tests in Chromium).
 */

/**
 * A small in-memory IndexedDB with the semantics the store relies on: transactions run one at a time, requests
 * succeed asynchronously, a transaction commits once it has no pending request at the end of a task (so a request
 * made after an `await` on something else fails, as in a browser), writes are undone on abort, and values are
 * structured-cloned in and out.
 */
export function fakeIndexedDb(): IDBFactory {
  const databases = new Map<string, { version: number; stores: Map<string, Map<string, unknown>> }>();
  let queue: Promise<void> = Promise.resolve();

  const makeTx = (stores: Map<string, Map<string, unknown>>) => {
    let pending = 0;
    let finished = false;
    let started = false;
    const undo: Array<() => void> = [];
    const waiting: Array<() => void> = [];
    let release: () => void = () => undefined;
    const tx = {
      error: null as DOMException | null,
      oncomplete: null as null | (() => void),
      onerror: null as null | (() => void),
      onabort: null as null | (() => void),
      objectStore(name: string) {
        const data = stores.get(name);
        if (!data) throw new Error(`no store ${name}`);
        const req = (op: () => unknown) => {
          if (finished) throw new DOMException('transaction finished', 'TransactionInactiveError');
          const r = {
            result: undefined as unknown,
            error: null as unknown,
            onsuccess: null as null | (() => void),
            onerror: null as null | (() => void),
          };
          pending++;
          const run = () =>
            setTimeout(() => {
              pending--;
              try {
                r.result = op();
                r.onsuccess?.();
              } catch (error) {
                r.error = error;
                r.onerror?.();
              }
              check();
            });
          if (started) run();
          else waiting.push(run);
          return r;
        };
        const write = (key: string, next: unknown | undefined) => {
          const had = data.has(key);
          const old = data.get(key);
          undo.push(() => (had ? data.set(key, old) : data.delete(key)));
          if (next === undefined) data.delete(key);
          else data.set(key, next);
        };
        return {
          get: (key: string) => req(() => structuredClone(data.get(key))),
          getAll: () => req(() => [...data.keys()].sort().map((k) => structuredClone(data.get(k)))),
          put: (value: { url: string }) => req(() => write(value.url, structuredClone(value))),
          delete: (key: string) => req(() => write(key, undefined)),
          clear: () => req(() => [...data.keys()].forEach((k) => write(k, undefined))),
        };
      },
      abort() {
        if (finished) throw new DOMException('transaction finished', 'InvalidStateError');
        finished = true;
        undo.reverse().forEach((u) => u());
        setTimeout(() => tx.onabort?.());
        release();
      },
    };
    const check = () =>
      setTimeout(() => {
        if (pending > 0 || finished) return;
        finished = true;
        tx.oncomplete?.();
        release();
      });
    queue = queue.then(
      () =>
        new Promise<void>((done) => {
          release = done;
          started = true;
          waiting.splice(0).forEach((run) => run());
          check();
        }),
    );
    return tx;
  };

  const factory = {
    open(name: string, version: number) {
      const req = {
        result: undefined as unknown,
        error: null,
        /** The version-change transaction, while `onupgradeneeded` runs (as in a browser). */
        transaction: null as unknown,
        onupgradeneeded: null as null | ((event: { oldVersion: number; newVersion: number }) => void),
        onsuccess: null as null | (() => void),
        onerror: null as null | (() => void),
        onblocked: null as null | (() => void),
      };
      setTimeout(() => {
        let db = databases.get(name);
        const upgrade = !db || db.version < version;
        // A new database reports oldVersion 0, as in a browser.
        if (!db) databases.set(name, (db = { version, stores: new Map() }));
        const stores = db.stores;
        req.result = {
          objectStoreNames: { contains: (store: string) => stores.has(store) },
          createObjectStore: (store: string) => stores.set(store, new Map()),
          transaction: () => makeTx(stores),
          close: () => undefined,
          onversionchange: null,
        };
        if (!upgrade) return req.onsuccess?.();
        // A version change runs in a transaction of its own: the database opens once it has committed.
        const oldVersion = db.version === version ? 0 : db.version;
        db.version = version;
        const tx = makeTx(stores);
        req.transaction = tx;
        tx.oncomplete = () => {
          req.transaction = null;
          req.onsuccess?.();
        };
        tx.onabort = () => {
          req.transaction = null;
          req.onerror?.();
        };
        req.onupgradeneeded?.({ oldVersion, newVersion: version });
      });
      return req;
    },
  };
  return factory as unknown as IDBFactory;
}
