'use strict';
// The stepped protocol of driver.js (documented at the top of polyglot-samples/python/driver.py),
// run as oxbench runs it: a real `node driver.js` process fed commands on stdin.
const test = require('node:test');
const assert = require('node:assert/strict');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { matchPatterns } = require('./patterns.js');

const h = (n) => n.toString(16).padStart(16, '0');
const INPUT = {
  available: [{ id: 'same', hashes: [h(1), h(2)] }, { id: 'other', hashes: [h(9)] }, { id: 'unused', hashes: [h(1)] }],
  size: 2,
  query: { hashes: [h(1), h(2)] },
};

/** Runs the driver on `input` with `commands` on stdin: its exit status, stdout lines, stderr and result file. */
function drive(commands, extra = [], story = ['patterns', 'matchPatterns'], input = INPUT) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oxbench-driver-test-'));
  try {
    fs.writeFileSync(path.join(dir, 'input.json'), JSON.stringify(input));
    const run = spawnSync(process.execPath, [path.join(__dirname, 'driver.js'), ...story,
      '--input', path.join(dir, 'input.json'), '--result', path.join(dir, 'result.json'), ...extra],
    { input: commands, encoding: 'utf8' });
    const resultFile = path.join(dir, 'result.json');
    return {
      status: run.status,
      lines: run.stdout.split('\n').filter((line) => line !== ''),
      stderr: run.stderr,
      result: fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : null,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('the driver writes the output, says ready, answers each iterate with {ops, nanos} and exits at end', () => {
  const run = drive('iterate 5\niterate 0\nend\n');
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.result, {
    runtime: `Node ${process.versions.node} (V8 ${process.versions.v8})`,
    output: matchPatterns(INPUT.available.slice(0, 2), INPUT.query.hashes),
  });
  assert.equal(run.lines.length, 3);
  assert.equal(run.lines[0], 'ready');
  const [long, single] = run.lines.slice(1).map((line) => JSON.parse(line));
  assert.deepEqual(Object.keys(long), ['ops', 'nanos']);
  assert.ok(long.ops >= 1 && long.nanos >= 5000000, JSON.stringify(long));
  assert.equal(single.ops, 1, 'iterate 0 still runs one whole operation');
});

test('the end of stdin ends the driver like end', () => {
  const run = drive('iterate 1\n');
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.lines.length, 2);
});

test('an unknown command is a usage error on one line of stderr', () => {
  const run = drive('iterate soon\n');
  assert.equal(run.status, 2);
  assert.deepEqual(run.lines, ['ready']);
  assert.equal(run.stderr.trim(), 'unknown command "iterate soon" (iterate MS, end)');
});

test('the old fixed-plan options are gone', () => {
  const run = drive('end\n', ['--iterations', '3']);
  assert.equal(run.status, 2);
  assert.equal(run.stderr.trim(), 'unknown or incomplete option --iterations');
});

test("what the story's own code logs goes to stderr, not into the protocol", () => {
  const prototype = { path: path.join(os.tmpdir(), 'chatty.js'), function: 'upper',
    source: "exports.upper = (bytes) => { console.log('called'); return Buffer.from(bytes).toString().toUpperCase(); };" };
  const input = { prototype, inputs: [{ name: 'a.txt', data: Buffer.from('ab').toString('base64') }] };
  const run = drive('iterate 0\nend\n', [], ['folder', 'prototype'], input);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(run.result.output, [Buffer.from('AB').toString('hex')]);
  assert.equal(run.lines[0], 'ready');
  assert.equal(JSON.parse(run.lines[1]).ops, 1);
  assert.equal(run.lines.length, 2);
  assert.match(run.stderr, /^called\ncalled\n/);
});
