'use strict';
/**
 * The `folder` story of driver.js: a team's own function from a folder (issue 17), called once per
 * input file with the file's bytes as a Uint8Array. oxbench writes the story's FolderInput
 * (harness/.../stories/folder/FolderInput.java) as JSON:
 *
 *     {"story", "manifest_sha256", "language",
 *      "prototype": {"name", "path", "source", "function"},
 *      "port": {"function", "wasm_module", "wasm_problem", "napi_addon", "napi_problem", ...},
 *      "inputs": [{"name": "a.txt", "data": "<base64>"}, ...]}
 *
 * Functions: `prototype` (the prototype file, `js@node`), `node-wasm` (the port's .wasm through
 * port_wasm.js, `js+rust@node-wasm`) and `napi` (the Node-API addon oxbench generated around the
 * port, `js+rust@napi`). The output is one lowercase hex string per input, of the bytes its call
 * returned (a string as its UTF-8 bytes).
 */

const fs = require('fs');
const path = require('path');
const Module = require('module');

/** An error of the function on one input, on one line: function, input, error. */
class CallFailed extends Error {
  constructor(fn, name, error) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : `threw ${String(error)}`;
    super(`${fn} on ${name}: ${what}`.split(/\s+/).join(' '));
    this.name = 'CallFailed';
  }
}

/**
 * The prototype's function: its source (the run's snapshot) compiled as a real CommonJS module with
 * its real path, as `require` would load the file, so that its own `require`s work as usual.
 */
function loadPrototype(prototype) {
  const module = new Module(prototype.path, null);
  module.filename = prototype.path;
  module.paths = Module._nodeModulePaths(path.dirname(prototype.path));
  const source = prototype.source.charCodeAt(0) === 0xfeff ? prototype.source.slice(1) : prototype.source;
  module._compile(source, prototype.path);
  module.loaded = true;
  const fn = module.exports[prototype.function];
  if (typeof fn !== 'function') {
    throw new Error(`${prototype.path} has no function ${prototype.function} in module.exports`);
  }
  return fn;
}

/** The port's function in V8's WebAssembly, through port_wasm.js (the module js+rust@graalwasm runs in GraalJS). */
function loadWasmPort(port) {
  if (!port.wasm_module) {
    throw new Error(`the port's wasm32 build failed: ${port.wasm_problem}`);
  }
  const { portFunction } = require(path.join(__dirname, 'port_wasm.js'));
  return portFunction(fs.readFileSync(port.wasm_module), port.function);
}

/** The port's function in the Node-API addon generated around it. */
function loadNapiPort(port) {
  if (!port.napi_addon) {
    throw new Error(`the Node-API addon was not built: ${port.napi_problem}`);
  }
  const addon = require(path.resolve(port.napi_addon));
  if (typeof addon[port.function] !== 'function') {
    throw new Error(`${port.napi_addon} exports no function ${port.function}`);
  }
  return addon[port.function];
}

const LOADERS = {
  prototype: (input) => [input.prototype.function, loadPrototype(input.prototype)],
  'node-wasm': (input) => [input.port.function, loadWasmPort(input.port)],
  napi: (input) => [input.port.function, loadNapiPort(input.port)],
};

function describe(value) {
  if (value === null || value === undefined) {
    return String(value);
  }
  return typeof value === 'object' ? Object.prototype.toString.call(value).slice(8, -1) : typeof value;
}

/**
 * One call's result as bytes: a string as its UTF-8 bytes, a Uint8Array (or Buffer) or ArrayBuffer
 * as its bytes, an array of byte values as those bytes; anything else is an error naming the input.
 */
function resultBytes(result, fn, name) {
  if (typeof result === 'string') {
    return Buffer.from(result, 'utf8');
  }
  const tag = Object.prototype.toString.call(result);
  if (tag === '[object Uint8Array]') {
    return Buffer.from(result.buffer, result.byteOffset, result.byteLength);
  }
  if (tag === '[object ArrayBuffer]') {
    return Buffer.from(result);
  }
  if (Array.isArray(result) && result.every((value) => Number.isInteger(value) && value >= 0 && value <= 255)) {
    return Buffer.from(result);
  }
  throw new TypeError(`${fn} returned ${describe(result)} for ${name}; it must return text (string) or bytes (Uint8Array)`);
}

/** The inputs' bytes, each a Uint8Array of its own (not a Buffer, which a prototype would see as a different type). */
function inputBytes(input) {
  return input.inputs.map((item) => new Uint8Array(Buffer.from(item.data, 'base64')));
}

/**
 * driver.js's story: `operation` calls the function on every input (what is timed); `first` does
 * the same once, input by input, and returns the output (hex strings), naming the input of an error.
 */
function folderOperation(fn, input) {
  const load = LOADERS[fn];
  if (!load) {
    throw new Error(`the folder story has no function ${fn} (${Object.keys(LOADERS).join(', ')})`);
  }
  const [name, call] = load(input);
  const datas = inputBytes(input);
  const operation = () => datas.map((data) => call(data));
  const first = () => datas.map((data, i) => {
    const item = input.inputs[i].name;
    let result;
    try {
      result = call(data);
    } catch (error) {
      throw new CallFailed(name, item, error);
    }
    return resultBytes(result, name, item).toString('hex');
  });
  return { operation, first };
}

module.exports = { folderOperation, loadPrototype, resultBytes, inputBytes, CallFailed };
