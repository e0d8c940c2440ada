// A worker thread of the CLI's pool (worker-pool.ts). Like bin/mission-studio.js it runs the TypeScript
// sources through tsx, then serves tasks from the module named in workerData: `runTask(task, progress)`.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { register } = require('tsx/cjs/api');

register();
const { runTask } = require(workerData.module);
parentPort.on('message', ({ id, task }) => {
  try {
    const result = runTask(task, (done) => parentPort.postMessage({ type: 'progress', id, done }));
    parentPort.postMessage({ type: 'result', id, result });
  } catch (error) {
    parentPort.postMessage({ type: 'error', id, message: error && error.message ? error.message : String(error) });
  }
});
