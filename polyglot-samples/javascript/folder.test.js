'use strict';
// driver.js's folder story: how a prototype file is loaded under Node, what its calls get, and how
// their results become the output oxbench compares.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { folderOperation, resultBytes } = require('./folder.js');

function story(dir, source, items) {
  const file = path.join(dir, 'prototype.js');
  fs.writeFileSync(file, source);
  return {
    story: 'mine',
    language: 'javascript',
    prototype: { name: 'prototype.js', path: file, source, function: 'describe' },
    port: { function: 'describe', wasm_module: null, wasm_problem: 'no wasm32', napi_addon: null, napi_problem: 'no addon' },
    inputs: items.map(([name, bytes]) => ({ name, data: Buffer.from(bytes).toString('base64') })),
  };
}

const ITEMS = [['a.txt', Buffer.from('héllo')], ['empty', []], ['b.bin', [0, 255, 128]]];

test('the prototype is a real CommonJS module at its path, its own require works, and it gets plain Uint8Arrays', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oxbench-folder-'));
  fs.writeFileSync(path.join(dir, 'tag.js'), 'module.exports = (data) => Object.prototype.toString.call(data);\n');
  const source = `const tag = require('./tag');
module.exports.describe = (data) => data.length === 3 ? data.slice().reverse()
  : \`\${tag(data)} \${Buffer.isBuffer(data)} \${path.basename(__filename)} \${new TextDecoder().decode(data)}\`;
const path = require('path');
`;
  const { operation, first } = folderOperation('prototype', story(dir, source, ITEMS));
  assert.deepStrictEqual(first(), [
    Buffer.from('[object Uint8Array] false prototype.js héllo').toString('hex'),
    Buffer.from('[object Uint8Array] false prototype.js ').toString('hex'),
    '80ff00',
  ]);
  assert.strictEqual(operation().length, 3);
});

test('the source that runs is the snapshot, not the file as it is now', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oxbench-folder-'));
  const input = story(dir, "module.exports.describe = () => 'snapshot';\n", ITEMS);
  fs.writeFileSync(input.prototype.path, "module.exports.describe = () => 'changed';\n");
  assert.deepStrictEqual(folderOperation('prototype', input).first(), Array(3).fill(Buffer.from('snapshot').toString('hex')));
});

test('an error on one input names the function and the input on one line', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oxbench-folder-'));
  const source = "module.exports.describe = (data) => { if (data.length === 0) throw new RangeError('empty\\ninput'); return 'ok'; };\n";
  const { first } = folderOperation('prototype', story(dir, source, ITEMS));
  assert.throws(first, { name: 'CallFailed', message: 'describe on empty: RangeError: empty input' });
});

test('results: text as UTF-8, bytes as they are, anything else an error naming the input', () => {
  assert.strictEqual(resultBytes('é', 'f', 'a').toString('hex'), 'c3a9');
  assert.strictEqual(resultBytes(new Uint8Array([1, 2, 3]).subarray(1), 'f', 'a').toString('hex'), '0203');
  assert.strictEqual(resultBytes(Buffer.from([9]), 'f', 'a').toString('hex'), '09');
  assert.strictEqual(resultBytes(new Uint8Array([7, 8]).buffer, 'f', 'a').toString('hex'), '0708');
  assert.strictEqual(resultBytes([0, 255], 'f', 'a').toString('hex'), '00ff');
  assert.throws(() => resultBytes(42, 'f', 'in/x'), { message: 'f returned number for in/x; it must return text (string) or bytes (Uint8Array)' });
  assert.throws(() => resultBytes(undefined, 'f', 'x'), /f returned undefined for x/);
  assert.throws(() => resultBytes(new Int32Array(2), 'f', 'x'), /f returned Int32Array for x/);
  assert.throws(() => resultBytes([256], 'f', 'x'), /f returned Array for x/);
});

test('a row whose build is missing says why, and an unknown function is refused', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oxbench-folder-'));
  const input = story(dir, 'module.exports.describe = () => "";\n', ITEMS);
  assert.throws(() => folderOperation('napi', input), /the Node-API addon was not built: no addon/);
  assert.throws(() => folderOperation('node-wasm', input), /the port's wasm32 build failed: no wasm32/);
  assert.throws(() => folderOperation('other', input), /no function other \(prototype, node-wasm, napi\)/);
});
