'use strict';
/**
 * oxbench's external driver for the JavaScript prototypes under Node (issue 7).
 *
 * oxbench runs the prototypes in GraalJS, in-process, under JMH. The guide's "JavaScript, 500ms for
 * 1000 patterns" was taken on Node, so oxbench also runs the same files here, in a separate `node`
 * process, on exactly the input the in-process implementations get (written by oxbench as JSON):
 *
 *     node driver.js STORY FUNCTION --input IN.json --result OUT.json
 *                    [--wasm rust_core.wasm] [--addon rust_core.node]
 *
 * The protocol is polyglot-samples/python/driver.py's: one operation is the story's function over
 * the whole input; the driver computes the output once, writes {runtime, output} to --result,
 * prints `ready`, then answers stdin's commands one a line: `iterate MS` runs whole operations for
 * at least MS milliseconds (at least one) and prints {"ops": N, "nanos": T} (process.hrtime.bigint());
 * `end` or the end of stdin exits. stdout carries the protocol alone (console.log goes to stderr).
 * Functions of the patterns story:
 *
 * - `matchPatterns`: patterns.js, the prototype (`js@node`);
 * - `typedMatcher`: patterns_rust.js with the Rust matcher compiled to wasm, in V8's WebAssembly
 *   (`js+rust@node-wasm`), the same .wasm and the same JavaScript as `js+rust@graalwasm`;
 * - `napiMatcher`: patterns_napi.js with the Rust matcher as a Node-API addon (`js+rust@napi`).
 *
 * The `folder` story (a team's own function, issue 17) reads oxbench's FolderInput (FolderInput.java,
 * inputs' bytes in base64; see folder.js) and calls one function on every input's bytes, given as a
 * Uint8Array: `prototype` is the prototype's function, its file compiled as a real CommonJS module
 * at its real path, so its own `require`s work (`js@node`); `node-wasm` is the port's `.wasm`
 * through port_wasm.js, in V8's WebAssembly (`js+rust@node-wasm`); `napi` is the port's function
 * in the Node-API addon oxbench generated around it (`js+rust@napi`). The output is one lowercase
 * hex string per input, of the bytes its call returned (a string as its UTF-8 bytes).
 *
 * Errors go to stderr, one line, with exit status 1 (2 for bad arguments or an unknown command).
 */

const fs = require('fs');
const path = require('path');

function patternsOperation(fn, input, options) {
  const patterns = input.available.slice(0, input.size);
  const fingerprint = input.query.hashes;
  if (fn === 'matchPatterns') {
    const { matchPatterns } = require(path.join(__dirname, 'patterns.js'));
    return () => matchPatterns(patterns, fingerprint);
  }
  if (fn === 'typedMatcher') {
    if (!options.wasm) {
      throw new Error('typedMatcher needs --wasm rust_core.wasm');
    }
    const rustApi = require(path.join(__dirname, 'patterns_rust.js'));
    const typed = rustApi.typedMatcher(rustApi.instantiate(fs.readFileSync(options.wasm)));
    const library = typed.loadPatterns(patterns);
    return () => typed.matchPatterns(library, fingerprint);
  }
  if (fn === 'napiMatcher') {
    if (!options.addon) {
      throw new Error('napiMatcher needs --addon rust_core.node');
    }
    const { napiMatcher } = require(path.join(__dirname, 'patterns_napi.js'));
    const matcher = napiMatcher(require(path.resolve(options.addon)));
    const library = matcher.loadPatterns(patterns);
    return () => matcher.matchPatterns(library, fingerprint);
  }
  throw new Error(`the patterns story has no function ${fn} (matchPatterns, typedMatcher, napiMatcher)`);
}

const STORIES = { patterns: patternsOperation, folder: require(path.join(__dirname, 'folder.js')).folderOperation };

function parse(argv) {
  if (argv.length < 2 || !STORIES[argv[0]]) {
    throw new UsageError(`usage: node driver.js STORY FUNCTION --input IN --result OUT ...; stories: ${Object.keys(STORIES)}`);
  }
  const options = { story: argv[0], fn: argv[1] };
  const names = { '--input': 'input', '--result': 'result', '--wasm': 'wasm', '--addon': 'addon' };
  for (let i = 2; i < argv.length; i += 2) {
    const name = names[argv[i]];
    if (!name || i + 1 >= argv.length) {
      throw new UsageError(`unknown or incomplete option ${argv[i]}`);
    }
    options[name] = argv[i + 1];
  }
  if (!options.input || !options.result) {
    throw new UsageError('--input and --result are required');
  }
  return options;
}

class UsageError extends Error {}

/**
 * Every timed result is kept here, so that V8 cannot drop a call whose result nothing reads (JMH's
 * Blackhole, in effect); it stays reachable from outside through `module.exports.lastResult`.
 */
let lastResult;

/** One iteration: whole operations for at least `leastNs` nanoseconds, at least one. */
function iterate(operation, leastNs) {
  let ops = 0;
  const started = process.hrtime.bigint();
  let elapsed = 0n;
  while (ops === 0 || elapsed < leastNs) {
    lastResult = operation();
    ops++;
    elapsed = process.hrtime.bigint() - started;
  }
  return { ops, nanos: Number(elapsed) };
}

/**
 * Answers one command: the iteration's line for `iterate MS`, null for `end`.
 *
 * @throws UsageError for anything else
 */
function answer(operation, line) {
  const words = line.trim().split(/\s+/);
  if (words.length === 1 && words[0] === 'end') {
    return null;
  }
  if (words.length !== 2 || words[0] !== 'iterate' || !/^[0-9]+$/.test(words[1])) {
    throw new UsageError(`unknown command ${JSON.stringify(line.trim())} (iterate MS, end)`);
  }
  return JSON.stringify(iterate(operation, BigInt(words[1]) * 1000000n));
}

/** Writes one line of the protocol straight to stdout's descriptor (console.log goes to stderr). */
function say(line) {
  fs.writeSync(1, `${line}\n`);
}

async function main(argv) {
  const options = parse(argv);
  // stdout is the protocol's: whatever the story's code logs goes to stderr instead.
  process.stdout.write = process.stderr.write.bind(process.stderr);
  const input = JSON.parse(fs.readFileSync(options.input, 'utf8'));
  // A story gives its operation, or {operation, first} where `first` computes the checked output
  // once in the form the result file holds (e.g. naming the input an error happened on).
  const prepared = STORIES[options.story](options.fn, input, options);
  const operation = typeof prepared === 'function' ? prepared : prepared.operation;
  const first = typeof prepared === 'function' ? prepared : prepared.first;
  const result = { runtime: `Node ${process.versions.node} (V8 ${process.versions.v8})`, output: first() };
  fs.writeFileSync(options.result, JSON.stringify(result));
  say('ready');
  const commands = require('readline').createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of commands) {
    const reply = answer(operation, line);
    if (reply === null) {
      break;
    }
    say(reply);
  }
  commands.close();
  process.stdin.destroy();
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  }, (error) => {
    // A CallFailed (folder.js) already names its function, input and error.
    console.error(error instanceof UsageError || error.name === 'CallFailed' ? error.message : `${error.name}: ${error.message}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  });
}

module.exports = { answer, iterate, parse, UsageError, lastResult: () => lastResult };
