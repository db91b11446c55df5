// A vitest setup file: tests may reach loopback (127.0.0.0/8, ::1, localhost) and Unix sockets, nothing else.
// A test that tries the network fails at once with ENETUNREACH instead of waiting on DNS or a remote host, so the
// suite behaves the same on a machine without internet and never depends on one.
import net from 'node:net';

const LOOPBACK_NAMES = new Set(['localhost', 'localhost.']);

/** Whether `host` is a loopback name or address. */
export function isLoopback(host) {
  if (host === undefined || host === null || host === '') return true; // Node's default is localhost
  const name = String(host).toLowerCase().replace(/^\[|\]$/g, '');
  if (LOOPBACK_NAMES.has(name) || name.endsWith('.localhost')) return true;
  if (net.isIPv4(name)) return name.startsWith('127.');
  if (net.isIPv6(name)) return name === '::1' || name.startsWith('::ffff:127.');
  return false;
}

/** The host a `socket.connect(...)` call aims at, or undefined for a Unix socket path. */
function targetHost(args) {
  const [first, second] = args;
  const options = Array.isArray(first) ? first[0] : first;
  if (options !== null && typeof options === 'object') return options.path === undefined ? options.host : undefined;
  if (typeof options === 'string' && !/^\d+$/.test(options)) return undefined; // a path
  return typeof second === 'string' ? second : undefined;
}

const GUARDED = Symbol.for('iamgate.loopbackOnly');
const connect = net.Socket.prototype.connect;
// Setup files run once per test file in a worker that may be reused: wrap only once.
if (!connect[GUARDED]) net.Socket.prototype.connect = guardedConnect;
guardedConnect[GUARDED] = true;

function guardedConnect(...args) {
  const host = targetHost(args);
  if (!isLoopback(host)) {
    const error = Object.assign(new Error(`tests may not connect to \`${host}\`: only loopback is reachable`), {
      code: 'ENETUNREACH',
    });
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
}
