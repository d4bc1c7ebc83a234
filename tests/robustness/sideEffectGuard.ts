// Preloaded (node --require) into the shipped CLI and server by the runtime safety tests. Every file path the program
// hands to `fs` is logged on stderr, so a test can check that only the allowed places were read, even where the
// program would swallow an error; any file write, process, worker, code compiled at run time or network use is logged
// and refused. Node's permission model enforces the same limits underneath; this log also catches attempts.
import fs = require('node:fs');
import childProcess = require('node:child_process');
import dgram = require('node:dgram');
import dns = require('node:dns');
import http = require('node:http');
import https = require('node:https');
import net = require('node:net');
import tls = require('node:tls');
import vm = require('node:vm');
import workerThreads = require('node:worker_threads');

const GUARD_MARK = 'quote-check-guard:';

type AnyFunction = (...args: unknown[]) => unknown;
type Holder = Record<string, unknown>;

/** The one folder a run may write to (the server's index cache folder), from QUOTE_CHECK_GUARD_WRITABLE; else none. */
const WRITABLE = process.env.QUOTE_CHECK_GUARD_WRITABLE ?? '';

function log(kind: 'read' | 'wrote' | 'refused', what: string, detail: unknown): void {
  fs.writeSync(2, `${GUARD_MARK} ${kind} ${what} ${JSON.stringify(String(detail))}\n`);
}

function wrap(holder: object, names: readonly string[], before: (name: string, args: unknown[]) => void): void {
  const target = holder as Holder;
  for (const name of names) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    const wrapped = function (this: unknown, ...args: unknown[]) {
      before(name, args);
      return (original as AnyFunction).apply(this, args);
    };
    Object.assign(wrapped, original); // fs.realpath.native and the like
    target[name] = wrapped;
  }
}

const refuse = (area: string) => (name: string, args: unknown[]) => {
  log('refused', `${area}.${name}`, args[0]);
  throw new Error(`${GUARD_MARK} ${area}.${name} refused`);
};

const withSync = (names: readonly string[]) => names.flatMap((n) => [n, `${n}Sync`]);
const READS = ['access', 'exists', 'stat', 'lstat', 'statfs', 'readFile', 'readdir', 'opendir', 'realpath', 'readlink'];
const WRITES = ['writeFile', 'appendFile', 'mkdir', 'mkdtemp', 'rm', 'rmdir', 'unlink', 'rename', 'copyFile', 'cp', 'symlink', 'link', 'truncate', 'chmod', 'chown', 'lchown', 'utimes', 'lutimes'];
/** open() flags that write: 'w', 'a', 'r+' … or numeric O_WRONLY / O_RDWR / O_CREAT / O_APPEND / O_TRUNC. */
const writes = (flags: unknown): boolean => {
  const { O_WRONLY, O_RDWR, O_CREAT, O_APPEND, O_TRUNC } = fs.constants;
  return typeof flags === 'number' ? (flags & (O_WRONLY | O_RDWR | O_CREAT | O_APPEND | O_TRUNC)) !== 0 : typeof flags === 'string' && /[wa+]/.test(flags);
};
const inWritable = (target: unknown): boolean => {
  if (WRITABLE === '' || (typeof target !== 'string' && !(target instanceof URL))) return false;
  const file = String(target instanceof URL ? target.pathname : target);
  return file === WRITABLE || file.startsWith(`${WRITABLE}/`) || file.startsWith(`${WRITABLE}\\`);
};
const readOrRefuse = (area: string) => (name: string, args: unknown[]) => {
  if (WRITES.some((w) => name === w || name === `${w}Sync`) || name === 'createWriteStream' || (/^open/.test(name) && name !== 'opendir' && name !== 'opendirSync' && writes(args[1]))) {
    // rename and copy write their second path too.
    if (inWritable(args[0]) && (!/^(rename|copyFile|cp)/.test(name) || inWritable(args[1]))) return log('wrote', `${area}.${name}`, args[0]);
    refuse(area)(name, args);
  }
  log('read', `${area}.${name}`, args[0]);
};

wrap(fs, [...withSync([...READS, ...WRITES, 'open']), 'watch', 'watchFile', 'createReadStream', 'createWriteStream'], readOrRefuse('fs'));
wrap(fs.promises, [...READS, ...WRITES, 'open', 'watch'], readOrRefuse('fs.promises'));

wrap(childProcess, ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'], refuse('child_process'));
(workerThreads as Holder).Worker = function Worker(file: unknown) {
  refuse('worker_threads')('Worker', [file]);
};
wrap(vm, ['runInContext', 'runInNewContext', 'runInThisContext', 'compileFunction'], refuse('vm'));
(vm as Holder).Script = function Script(code: unknown) {
  refuse('vm')('Script', [code]);
};

wrap(net, ['connect', 'createConnection', 'createServer'], refuse('net'));
wrap(net.Socket.prototype, ['connect'], refuse('net.Socket'));
wrap(net.Server.prototype, ['listen'], refuse('net.Server'));
wrap(tls, ['connect', 'createServer'], refuse('tls'));
wrap(http, ['request', 'get', 'createServer'], refuse('http'));
wrap(https, ['request', 'get', 'createServer'], refuse('https'));
wrap(dgram, ['createSocket'], refuse('dgram'));
const DNS = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse'];
wrap(dns, DNS, refuse('dns'));
wrap(dns.promises, DNS, refuse('dns.promises'));
wrap(globalThis, ['fetch'], refuse('globalThis'));
