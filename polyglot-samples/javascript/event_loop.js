'use strict';
/**
 * The guide's pitfall 3, "Blocking the Runtime", as a Node program:
 *
 *     // BAD: Blocks Node event loop
 *     const result = rust_lib.processSync(bigData);
 *     // GOOD: Async processing
 *     const result = await rust_lib.processAsync(bigData);
 *
 * Each scenario sets `timers` timers, due 1, 2, ... `periodMs` milliseconds from now, then makes one
 * long Rust call (rust-core's `oxb_spin(rounds)`), and waits for the call and every timer. In
 * `blocking` the call runs on the event loop's own thread, so no timer can fire until it returns;
 * in `nonBlocking` it runs on a worker thread and the timers fire on time meanwhile. How late each
 * timer fired is what the event loop measures; both scenarios return the same thing:
 * `{result, fired}`, the call's result and how many timers fired.
 *
 * `rust_lib` is what a native addon exports: `spinSync(rounds)` returns oxb_spin's result,
 * `spinAsync(rounds)` a promise of it, the call made on a worker thread. In oxbench the host
 * provides `rust_lib`, `setTimeout` and the event loop itself (embedded GraalJS has none); under
 * Node these are Node's own (see event_loop.test.js).
 */

/** A promise fulfilled `ms` milliseconds from now. */
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Sets `count` timers due one `periodMs` apart; a promise of how many fired, once all have. */
function startTimers(count, periodMs) {
  let fired = 0;
  const timers = [];
  for (let i = 1; i <= count; i++) {
    timers.push(sleep(i * periodMs).then(() => {
      fired++;
    }));
  }
  return Promise.all(timers).then(() => fired);
}

/** BAD: the call holds the event loop's thread; every timer due meanwhile fires late. */
async function blocking(rust_lib, { rounds, timers, periodMs }) {
  const ticking = startTimers(timers, periodMs);
  const result = rust_lib.spinSync(rounds);
  return { result, fired: await ticking };
}

/** GOOD: the call runs on a worker thread; the event loop stays free to fire timers on time. */
async function nonBlocking(rust_lib, { rounds, timers, periodMs }) {
  const ticking = startTimers(timers, periodMs);
  const result = await rust_lib.spinAsync(rounds);
  return { result, fired: await ticking };
}

const api = { blocking, nonBlocking };

// Under Node: a CommonJS module. In GraalJS (a plain script): the last value is the API.
if (typeof module !== 'undefined' && module.exports) {
  module.exports = api;
}
api;
