// Preload (`node --import ./scripts/no-network.mjs`) that blocks all outbound
// network access except loopback. Used by tests/offline-build.test.ts to prove
// that `observable build` needs no network. Every blocked attempt is reported
// on stderr with the prefix "[no-network]" and fails with an error.
import http from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";
import { syncBuiltinESMExports } from "node:module";

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1|\[::1\]|::ffff:127(?:\.\d{1,3}){3}|0\.0\.0\.0)$/i;

export function isLoopback(host) {
  return host == null || host === "" || LOOPBACK.test(String(host));
}

function blocked(what, target) {
  const message = `[no-network] blocked ${what} to ${target}`;
  process.stderr.write(message + "\n");
  const error = new Error(message);
  error.code = "ENETUNREACH";
  return error;
}

const realFetch = globalThis.fetch;
if (realFetch) {
  globalThis.fetch = function fetch(input, init) {
    const url = new URL(typeof input === "string" || input instanceof URL ? String(input) : input.url);
    if (!isLoopback(url.hostname)) return Promise.reject(blocked("fetch", url.href));
    return realFetch.call(this, input, init);
  };
}

function hostOf(args) {
  const [a, b] = args;
  if (typeof a === "string" || a instanceof URL) {
    try {
      return new URL(String(a)).hostname;
    } catch {
      return typeof b === "object" && b ? b.hostname ?? b.host : undefined;
    }
  }
  if (a && typeof a === "object") return a.hostname ?? a.host;
  return undefined;
}

for (const [name, mod] of [["http", http], ["https", https]]) {
  for (const fn of ["request", "get"]) {
    const real = mod[fn];
    mod[fn] = function (...args) {
      const host = hostOf(args);
      if (!isLoopback(host)) throw blocked(`${name}.${fn}`, host);
      return real.apply(this, args);
    };
  }
}

const realSocketConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  let options = args[0];
  if (Array.isArray(options)) options = options[0]; // internal normalized args
  let host;
  if (options && typeof options === "object") {
    if (options.path) return realSocketConnect.apply(this, args); // unix socket / pipe
    host = options.host ?? "localhost";
  } else if (typeof options === "number" || /^\d+$/.test(String(options))) {
    host = typeof args[1] === "string" ? args[1] : "localhost";
  } else if (typeof options === "string") {
    return realSocketConnect.apply(this, args); // unix socket path
  }
  if (!isLoopback(host)) {
    const error = blocked("net.Socket.connect", host);
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return realSocketConnect.apply(this, args);
};

for (const [name, mod] of [["net", net], ["tls", tls]]) {
  for (const fn of name === "net" ? ["connect", "createConnection"] : ["connect"]) {
    const real = mod[fn];
    mod[fn] = function (...args) {
      const a = args[0];
      const host =
        a && typeof a === "object" ? (a.path ? "localhost" : a.host ?? "localhost") : typeof args[1] === "string" ? args[1] : typeof a === "number" ? "localhost" : "localhost";
      if (!isLoopback(host)) throw blocked(`${name}.${fn}`, host);
      return real.apply(this, args);
    };
  }
}

syncBuiltinESMExports();
