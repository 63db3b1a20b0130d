#!/usr/bin/env node
// Development-time converter: WHO Child Growth Standards 2006 LMS tables as carried by the npm package
// jsgrowup 0.8.0 (BSD-3-Clause) -> this bundle's compact sparse format (tables/who2006/*.lms).
//
// Usage (from the bundle folder, with the package unpacked somewhere outside the repository):
//   cd /tmp && npm pack jsgrowup && tar xzf jsgrowup-0.8.0.tgz
//   node tools/convert-jsgrowup.mjs /tmp/package tables/who2006
//
// jsgrowup has, per sex: weekly points 0-13 weeks and monthly points 0-60 months for weight, length/height, BMI
// and head circumference (length and BMI split at 24 months into a lying and a standing part), and 0.5 cm points
// for weight-for-length (45-110 cm) and weight-for-height (65-120 cm). It has no arm circumference, skinfolds or
// WHO 2007 tables. The bundle expands the nodes at load time onto WHO's grid (age in days 0-1856, length in 0.1 cm)
// by Akima interpolation of L, M and S (see TableFiles.readCompact); weeks are 7 days, months 30.4375 days.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [src, out] = process.argv.slice(2);
if (!src || !out) {
  console.error('usage: node convert-jsgrowup.mjs JSGROWUP_PACKAGE_DIR OUTPUT_DIR');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(src, 'package.json'), 'utf8'));
const tables = join(src, 'tables');
const load = (f) => JSON.parse(readFileSync(join(tables, f), 'utf8'));
const DAYS_PER_MONTH = 30.4375;
const SEXES = [[1, 'boys'], [2, 'girls']];
mkdirSync(out, { recursive: true });

const row = (sex, part, x, r) => `${sex} ${part} ${+x.toFixed(4)} ${r.L} ${r.M} ${r.S}`;

function header(name, what, grid, parts) {
  return [
    'harapan-lms 1',
    `# ${name}: ${what}`,
    '# WHO Child Growth Standards (2006), World Health Organization;',
    `# LMS values as carried by the npm package ${pkg.name} ${pkg.version} (${pkg.license}), converted by`,
    '# tools/convert-jsgrowup.mjs. Columns of node rows: sex part x l m s',
    `indicator ${name}`,
    `source ${pkg.name}-${pkg.version}`,
    `grid ${grid.join(' ')}`,
    ...parts.map((p) => `part ${p.join(' ')}`),
  ];
}

// weekly points 0..13 weeks, then monthly points beyond 13 weeks (month 3 = 91.3 d duplicates week 13)
function ageNodes(weekly, monthly) {
  const nodes = weekly.map((r) => [7 * Number(r.Week), r]);
  const last = nodes.length ? nodes[nodes.length - 1][0] : -1;
  for (const r of monthly) {
    const d = Number(r.Month) * DAYS_PER_MONTH;
    if (d > last + 1) nodes.push([d, r]);
  }
  return nodes;
}

function byAge(name, prefix, what, split) {
  const parts = split ? [['L', 0, 730], ['H', 731, 1856]] : [['-', 0, 1856]];
  const lines = header(name, what + ', x = age in days', [0, 1856, 1], parts);
  for (const [sex, s] of SEXES) {
    const weekly = load(`${prefix}_${s}_0_13_zscores.json`);
    if (split) {
      for (const [d, r] of ageNodes(weekly, load(`${prefix}_${s}_0_2_zscores.json`))) lines.push(row(sex, 'L', d, r));
      for (const r of load(`${prefix}_${s}_2_5_zscores.json`)) lines.push(row(sex, 'H', Number(r.Month) * DAYS_PER_MONTH, r));
    } else {
      for (const [d, r] of ageNodes(weekly, load(`${prefix}_${s}_0_5_zscores.json`))) lines.push(row(sex, '-', d, r));
    }
  }
  writeFileSync(join(out, `${name}.lms`), lines.join('\n') + '\n');
}

function byLength(name, file, key, from, to, what) {
  const lines = header(name, what + ', x = length/height in cm', [from, to, 0.1], [['-', from, to]]);
  for (const [sex, s] of SEXES) {
    for (const r of load(file.replace('%s', s))) lines.push(row(sex, '-', Number(r[key]), r));
  }
  writeFileSync(join(out, `${name}.lms`), lines.join('\n') + '\n');
}

byAge('weianthro', 'wfa', 'weight-for-age', false);
byAge('lenanthro', 'lhfa', 'length (0-730 d) / height (731-1856 d)-for-age', true);
byAge('bmianthro', 'bmifa', 'BMI-for-age (length-based 0-730 d, height-based 731-1856 d)', true);
byAge('hcanthro', 'hcfa', 'head circumference-for-age', false);
byLength('wflanthro', 'wfl_%s_0_2_zscores.json', 'Length', 45, 110, 'weight-for-length');
byLength('wfhanthro', 'wfh_%s_2_5_zscores.json', 'Height', 65, 120, 'weight-for-height');
console.log(`wrote tables to ${out}`);
