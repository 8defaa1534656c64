// Answers kept in IndexedDB under their submissionId until the server has acknowledged them.
const DB_NAME = 'alliance-tablet';
const STORE = 'submissions';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'submissionId' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(mode, action) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = action(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export const save = (entry) => run('readwrite', (s) => s.put(entry));
export const remove = (submissionId) => run('readwrite', (s) => s.delete(submissionId));
export const all = () => run('readonly', (s) => s.getAll());
