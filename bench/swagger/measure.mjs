// One run of the Swagger UI side of bench/compare: launches Debian's Chromium headless, opens Swagger
// UI showing the SoftwareOne spec, expands the update operation, clicks "Try it out" and stops the
// clock when its request-body editor is visible. Then sums PSS and RSS over every process of the
// Chromium tree and its crash handlers (/proc/<pid>/smaps_rollup) at that moment. Prints one JSON
// object. Run it with a fresh HOME (bench/compare does), which is how the crash handlers are found.
//
//   node measure.mjs URL USER_DATA_DIR [OPERATION_DOM_ID]
import {readFileSync, readdirSync} from 'node:fs';
import {homedir} from 'node:os';
import {performance} from 'node:perf_hooks';
import puppeteer from 'puppeteer-core';

const [url, userDataDir, operation = 'operations-Accounts-updateAccount'] = process.argv.slice(2);
if (!url || !userDataDir) {
  console.error('usage: node measure.mjs URL USER_DATA_DIR [OPERATION_DOM_ID]');
  process.exit(2);
}
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const timeoutMs = 60000;

function childrenOf() {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // The command name is in parentheses and may hold spaces: the ppid is the 2nd field after it.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(Number(entry));
  }
  return children;
}

// Chromium's crash handlers are started by a double fork, so they are not below the browser: they
// are found by their crash database, which lies in this run's own (fresh) HOME.
function crashHandlers() {
  const database = `--database=${homedir()}/`;
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (commandLine[0].endsWith('chrome_crashpad_handler') && commandLine.some((a) => a.startsWith(database)))
        found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

function memoryOfTree(root) {
  const children = childrenOf();
  const pending = [root, ...crashHandlers()];
  const total = {processes: 0, pssKb: 0, rssKb: 0};
  while (pending.length) {
    const pid = pending.pop();
    pending.push(...(children.get(pid) || []));
    let rollup;
    try {
      rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    } catch {
      continue;
    }
    const field = (name) => Number((rollup.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm')) || [0, 0])[1]);
    total.processes += 1;
    total.pssKb += field('Pss');
    total.rssKb += field('Rss');
  }
  return total;
}

const started = performance.now();
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  userDataDir,
  defaultViewport: {width: 1180, height: 820}, // the size accountdesk's window opens at
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
let result;
try {
  const [page] = await browser.pages();
  page.setDefaultTimeout(timeoutMs);
  await page.goto(url, {waitUntil: 'domcontentloaded'});
  const block = `#${operation}`;
  const click = async (selector) => (await page.waitForSelector(selector, {visible: true})).click();
  await click(`${block} .opblock-summary-control`);
  await click(`${block} .try-out__btn`);
  // The JSON editor: the body's own (application/json) or the JSON part's (multipart/form-data,
  // the spec's first content type, which Swagger UI shows by default).
  await page.waitForSelector(`${block} .opblock-section-request-body textarea`, {visible: true});
  const visibleMs = performance.now() - started;
  const contentType = await page.$eval(`${block} .opblock-section-request-body select`, (node) => node.value)
                                .catch(() => 'application/json');
  const memory = memoryOfTree(browser.process().pid);
  result = {wallMs: visibleMs, contentType, ...memory, chromium: await browser.version()};
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
