'use strict';
// The pitfall-3 program on Node's own event loop: node --test polyglot-samples/javascript/
// rust_lib is a stand-in for the native addon: oxb_spin written in JavaScript (BigInt), run on the
// main thread by spinSync and on a worker thread by spinAsync.
const test = require('node:test');
const assert = require('node:assert/strict');
const { Worker } = require('node:worker_threads');
const { blocking, nonBlocking } = require('./event_loop.js');

/** rust-core's oxb_spin: `rounds` dependent FNV-1a steps over a counter, in 64 bits. */
function spin(rounds) {
  let hash = 0xcbf29ce484222325n;
  for (let round = 0n; round < BigInt(rounds); round++) {
    hash = BigInt.asUintN(64, (hash ^ round) * 0x100000001b3n);
  }
  return hash;
}

function standIn(events) {
  return {
    spinSync(rounds) {
      const result = spin(rounds);
      events.push('call returned');
      return result;
    },
    spinAsync(rounds) {
      return new Promise((resolve, reject) => {
        const code = `const { parentPort, workerData } = require('node:worker_threads');
          parentPort.postMessage((${spin})(workerData));`;
        const worker = new Worker(code, { eval: true, workerData: rounds });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    },
  };
}

const options = { rounds: 1000, timers: 5, periodMs: 1 };

test('the stand-in computes what oxb_spin computes', () => {
  assert.equal(spin(0), 0xcbf29ce484222325n);
  assert.notEqual(spin(1000), spin(1001));
});

test('both scenarios return the call result and every timer', async () => {
  const expected = { result: spin(options.rounds), fired: options.timers };
  assert.deepEqual(await blocking(standIn([]), options), expected);
  assert.deepEqual(await nonBlocking(standIn([]), options), expected);
});

test('a synchronous call holds back every timer until it returns', async () => {
  const events = [];
  const watching = [];
  for (let i = 1; i <= options.timers; i++) {
    watching.push(new Promise((resolve) => setTimeout(() => resolve(events.push('timer')), i)));
  }
  await blocking(standIn(events), options);
  await Promise.all(watching);
  assert.equal(events[0], 'call returned');
  assert.equal(events.length, options.timers + 1);
});
