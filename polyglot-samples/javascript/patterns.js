'use strict';
/**
 * The migration guide's pattern matcher, as the JavaScript prototype it starts from.
 *
 * Success story 2 of the guide: `matchPatterns(patterns, fingerprint)` computes
 * `calculateSimilarity` for every pattern and keeps those above 0.75. This file is that "before"
 * code, plain and untuned. oxbench runs it in GraalJS; it also runs on its own under Node:
 *
 *     node patterns.js PATTERNS.json FINGERPRINT.json
 *
 * prints the matches as JSON.
 *
 * Definitions (the Rust port in rust-core/src/patterns.rs computes the same bits):
 * - A fingerprint is the set of a code fragment's AST node hashes (see
 *   polyglot-samples/python/fingerprint.py), as an array of 16-digit lowercase hex strings,
 *   sorted and without duplicates. A pattern is `{id, hashes}` with such an array.
 * - `calculateSimilarity(pattern, fingerprint)` is the Jaccard similarity of the two sets:
 *   shared / (pattern.length + fingerprint.length - shared), as a double; 0 when both are empty.
 * - `matchPatterns` keeps `{pattern: id, similarity}` for every pattern with a similarity strictly
 *   above 0.75, in the patterns' order.
 */

const THRESHOLD = 0.75;

function calculateSimilarity(pattern, fingerprint) {
  const present = new Set(fingerprint);
  let shared = 0;
  for (const hash of pattern) {
    if (present.has(hash)) {
      shared++;
    }
  }
  const union = pattern.length + fingerprint.length - shared;
  return union === 0 ? 0 : shared / union;
}

function matchPatterns(patterns, fingerprint) {
  const results = [];
  for (const pattern of patterns) {
    const similarity = calculateSimilarity(pattern.hashes, fingerprint);
    if (similarity > THRESHOLD) {
      results.push({ pattern: pattern.id, similarity });
    }
  }
  return results;
}

function main(args) {
  if (args.length !== 2) {
    console.error('usage: node patterns.js PATTERNS.json FINGERPRINT.json');
    return 2;
  }
  const fs = require('fs');
  const patterns = JSON.parse(fs.readFileSync(args[0], 'utf8'));
  const fingerprint = JSON.parse(fs.readFileSync(args[1], 'utf8'));
  console.log(JSON.stringify(matchPatterns(patterns, fingerprint)));
  return 0;
}

const api = { THRESHOLD, calculateSimilarity, matchPatterns };

// Under Node: a CommonJS module and a command. In GraalJS (a plain script): the last value is the API.
if (typeof module !== 'undefined' && module.exports) {
  module.exports = api;
  if (require.main === module) {
    process.exitCode = main(process.argv.slice(2));
  }
}
api;
